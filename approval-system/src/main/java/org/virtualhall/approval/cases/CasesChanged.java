package org.virtualhall.approval.cases;

import java.util.List;

/** These cases were created or changed (published by {@link CaseRepository} as it writes them). */
public record CasesChanged(List<Long> ids) {

    public CasesChanged {
        ids = List.copyOf(ids);
    }
}
