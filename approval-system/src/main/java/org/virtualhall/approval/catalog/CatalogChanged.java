package org.virtualhall.approval.catalog;

/** Something in the catalog changed (an edit, an import, a load): published by {@link Catalog#changed()}. */
public record CatalogChanged() {
}
