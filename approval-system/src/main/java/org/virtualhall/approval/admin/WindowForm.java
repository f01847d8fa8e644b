package org.virtualhall.approval.admin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.virtualhall.model.catalog.Attendance;
import org.virtualhall.model.catalog.Window;
import org.virtualhall.model.catalog.WindowKind;
import org.virtualhall.model.layout.Facing;
import org.virtualhall.model.layout.Point;

/** The window form; x and y are picked on the floor plan drawn beside it. */
public record WindowForm(
        @NotBlank(message = "请填写窗口号") @Pattern(regexp = "[A-Z]\\d{2}", message = "窗口号为区字母加两位数字，如 A12") String number,
        @NotBlank(message = "请选择部门") String department,
        @NotNull(message = "请填写楼层") @Min(value = 1, message = "楼层从 1 开始") @Max(value = 9, message = "楼层不超过 9") Integer floor,
        @NotBlank(message = "请填写分区") @Pattern(regexp = "[A-Z]", message = "分区为一个大写字母") String zone,
        @NotNull(message = "请在平面图上点选位置") @Min(value = 0, message = "不能为负") Double x,
        @NotNull(message = "请在平面图上点选位置") @Min(value = 0, message = "不能为负") Double y,
        @NotNull(message = "请选择朝向") Facing facing,
        @NotNull(message = "请选择窗口类型") WindowKind kind,
        @NotNull(message = "请选择常驻或预约") Attendance attendance,
        @NotBlank(message = "请填写窗口标牌") @Size(max = 100, message = "不超过 100 字") String sign) {

    static WindowForm of(Window w) {
        return new WindowForm(w.number(), w.department(), w.floor(), w.zone(), w.position().x(), w.position().y(),
                w.facing(), w.kind(), w.attendance(), w.sign());
    }

    static WindowForm blank() {
        return new WindowForm("", "", 1, "", null, null, Facing.SOUTH, WindowKind.ACCEPTANCE, Attendance.RESIDENT, "");
    }

    Window toWindow() {
        return new Window(number, department, floor, zone, new Point(x, y), facing, kind, attendance, sign);
    }
}
