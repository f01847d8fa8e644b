package org.virtualhall.approval.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.virtualhall.model.catalog.Post;
import org.virtualhall.model.catalog.Staff;

/** The staff form; duties one per line. An unticked checkbox sends nothing: onDuty null means away. */
public record StaffForm(
        @NotBlank(message = "请填写工号") @Pattern(regexp = "[A-Z]{2}\\d{4}", message = "工号为两个大写字母加四位数字，如 QX0001") String badge,
        @NotBlank(message = "请填写姓名") @Size(max = 50, message = "不超过 50 字") String name,
        @NotBlank(message = "请选择部门") String department,
        @NotBlank(message = "请选择窗口") String window,
        @NotNull(message = "请选择 A 岗或 B 岗") Post post,
        @NotBlank(message = "请填写岗位") @Size(max = 50, message = "不超过 50 字") String role,
        @NotBlank(message = "请填写职务") @Size(max = 50, message = "不超过 50 字") String title,
        @Size(max = 2000, message = "不超过 2000 字") String duties,
        Boolean onDuty) {

    static StaffForm of(Staff s) {
        return new StaffForm(s.badge(), s.name(), s.department(), s.window(), s.post(), s.role(), s.title(),
                String.join("\n", s.duties()), s.onDuty());
    }

    static StaffForm blank() {
        return new StaffForm("", "", "", "", Post.A, "受理岗", "", "", true);
    }

    Staff toStaff() {
        return new Staff(badge, name, department, window, post, role, title, Lines.of(duties), null, Boolean.TRUE.equals(onDuty));
    }
}
