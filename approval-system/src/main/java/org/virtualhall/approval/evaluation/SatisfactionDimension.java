package org.virtualhall.approval.evaluation;

/** What satisfaction is shown per: 窗口, 工作人员 or 部门. */
public enum SatisfactionDimension {
    WINDOW("窗口", "window_no"),
    STAFF("工作人员", "staff"),
    DEPARTMENT("部门", "department");

    private final String label;
    private final String column;

    SatisfactionDimension(String label, String column) {
        this.label = label;
        this.column = column;
    }

    public String label() {
        return label;
    }

    String column() {
        return column;
    }
}
