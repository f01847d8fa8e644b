package org.virtualhall.approval.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.virtualhall.model.catalog.Attendance;
import org.virtualhall.model.catalog.Department;

/** The department form of the back office. */
public record DepartmentForm(
        @NotBlank(message = "请填写部门代码") @Pattern(regexp = "[A-Z]{2,5}", message = "部门代码为 2-5 个大写字母") String code,
        @NotBlank(message = "请填写部门全称") @Size(max = 100, message = "不超过 100 字") String name,
        @NotBlank(message = "请填写简称") @Size(max = 50, message = "不超过 50 字") String shortName,
        @NotBlank(message = "请填写电话") @Pattern(regexp = "[0-9-]{7,20}", message = "电话只能包含数字和连字符") String phone,
        @NotNull(message = "请选择常驻或预约") Attendance attendance,
        @Size(max = 1000, message = "不超过 1000 字") String description) {

    static DepartmentForm of(Department d) {
        return new DepartmentForm(d.code(), d.name(), d.shortName(), d.phone(), d.attendance(), d.description());
    }

    static DepartmentForm blank() {
        return new DepartmentForm("", "", "", "", Attendance.RESIDENT, "");
    }

    Department toDepartment() {
        return new Department(code, name, shortName, phone, attendance, description == null ? "" : description);
    }
}
