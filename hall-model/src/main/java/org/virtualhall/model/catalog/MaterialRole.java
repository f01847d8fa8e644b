package org.virtualhall.model.catalog;

/** 主件 the main document of an application, 附件 a supporting one. */
public enum MaterialRole {
    MAIN("主件"),
    SUPPORTING("附件");

    private final String label;

    MaterialRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
