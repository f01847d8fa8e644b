package org.virtualhall.model.catalog;

/** What a window does; the label is what the sign says. */
public enum WindowKind {
    ENQUIRY("咨询"),
    ACCEPTANCE("受理审批"),
    PAYMENT("收费"),
    COMPREHENSIVE("综合受理"),
    COMPLAINT("投诉");

    private final String label;

    WindowKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
