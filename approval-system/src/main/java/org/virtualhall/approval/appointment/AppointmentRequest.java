package org.virtualhall.approval.appointment;

/**
 * {@code POST /api/appointments} in the approval system's own field names (docs/contracts.md): 预约编号, 号码, 证件号码,
 * 事项编码, 窗口, 日期, 时段, 状态 ({@code BOOKED}, {@code CANCELLED}), 时间.
 */
record AppointmentRequest(String yybh, String hm, String zjhm, String sxbm, String ck, String rq, String sd, String zt,
                          String sj) {
}
