package org.virtualhall.model.catalog;

/** In what form a material is handed in. */
public enum MaterialForm {
    ORIGINAL("原件"),
    COPY("复印件"),
    ORIGINAL_AND_COPY("原件及复印件"),
    ELECTRONIC("电子材料");

    private final String label;

    MaterialForm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
