package org.virtualhall.model.catalog;

/** 办件类型. The first four are what an item is published as; the last two arise while a case runs. */
public enum CaseType {
    ON_THE_SPOT("即办件"),
    PROMISED("承诺件"),
    JOINT("联办件"),
    FORWARDED("上报件"),
    PENDING_CORRECTION("补办件"),
    RETURNED("退回件");

    private final String label;

    CaseType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether an item may be published with this type (补办件 and 退回件 describe running cases). */
    public boolean publishable() {
        return this != PENDING_CORRECTION && this != RETURNED;
    }
}
