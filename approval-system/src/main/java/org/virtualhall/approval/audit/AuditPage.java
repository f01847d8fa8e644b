package org.virtualhall.approval.audit;

import java.util.List;

/** The rows of one page and how many pages the filter has. */
public record AuditPage(List<AuditEntry> entries, long total, int page, int pages) {

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages;
    }
}
