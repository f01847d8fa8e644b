package org.virtualhall.model.catalog;

/**
 * A department (部门) that stations staff in the hall.
 *
 * @param code       short stable code used by every other record (e.g. {@code GA} for 公安局)
 * @param name       official name, e.g. 县公安局
 * @param shortName  the name on signs, e.g. 公安局
 * @param attendance 常驻 or 预约
 */
public record Department(String code, String name, String shortName, String phone,
                         Attendance attendance, String description) {
}
