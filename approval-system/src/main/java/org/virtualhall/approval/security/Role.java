package org.virtualhall.approval.security;

/** Who may do what in the console. */
public enum Role {
    STAFF("窗口工作人员"),
    HEAD("部门负责人"),
    ADMIN("系统管理员"),
    SUPERVISOR("电子监察员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Where the console opens for this role. */
    public String startPage() {
        return switch (this) {
            case STAFF, HEAD -> "/cases";
            case SUPERVISOR -> "/supervision";
            case ADMIN -> "/admin";
        };
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
