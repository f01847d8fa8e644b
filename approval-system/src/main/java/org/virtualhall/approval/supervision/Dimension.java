package org.virtualhall.approval.supervision;

/** What the 电子监察 figures are published per. */
public enum Dimension {
    DEPARTMENT("department", "部门"),
    WINDOW("window", "窗口"),
    STAFF("staff", "工作人员");

    private final String key;
    private final String label;

    Dimension(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }
}
