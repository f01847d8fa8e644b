package org.virtualhall.approval.cases;

import org.virtualhall.approval.timelimit.Light;

/** A line of an inbox or a search result: the case, its item's name and its warning light. */
public record CaseRow(CaseRecord c, String itemName, Light light) {
}
