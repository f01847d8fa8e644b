package org.virtualhall.approval.audit;

/** What the audit trail records: account actions, catalog edits and publishing. */
public enum AuditAction {
    PASSWORD_CHANGED("修改密码"),
    PASSWORD_RESET("重置密码"),
    ACCOUNT_CREATED("新建账户"),
    ACCOUNT_DELETED("删除账户"),
    ACCOUNT_LOCKED("账户锁定"),
    ACCOUNT_UNLOCKED("解除锁定"),
    DEPARTMENT_SAVED("保存部门"),
    DEPARTMENT_DELETED("删除部门"),
    WINDOW_SAVED("保存窗口"),
    WINDOW_DELETED("删除窗口"),
    STAFF_SAVED("保存人员"),
    STAFF_DELETED("删除人员"),
    ITEM_SAVED("保存事项"),
    ITEM_DELETED("删除事项"),
    ALIAS_ADDED("添加俗称"),
    CSV_IMPORTED("导入 CSV"),
    VIEWPOINT_SAVED("保存点位"),
    VIEWPOINT_DELETED("删除点位"),
    PANORAMA_UPLOADED("上传全景图"),
    PUBLISHED("发布目录"),
    PUBLISH_FAILED("发布未成功"),
    APPOINTMENT_CAPACITY_SET("设置预约名额");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
