package org.virtualhall.model.layout;

/** Ways between floors. */
public enum ConnectorKind {
    STAIRS("楼梯"),
    LIFT("电梯"),
    ESCALATOR("扶梯");

    private final String label;

    ConnectorKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
