package org.virtualhall.approval.cases;

/** Whose cases an inbox shows. */
public enum CaseFilter {
    WINDOW("window_no = ?", 1),
    /** The department's own cases and those waiting for its 联办 sign-off. */
    DEPARTMENT("(department = ? OR id IN (SELECT case_id FROM case_signoffs WHERE department = ? AND agreed IS NULL))", 2),
    ALL("1 = 1", 0);

    private final String condition;
    private final int parameters;

    CaseFilter(String condition, int parameters) {
        this.condition = condition;
        this.parameters = parameters;
    }

    String condition() {
        return condition;
    }

    int parameters() {
        return parameters;
    }
}
