package org.virtualhall.search.query;

/**
 * When search finds nothing close, the citizen is offered a person instead: a consultation (咨询)
 * and the guide desk (导服台) to walk to.
 */
public record AskOffer(boolean consultation, String guideDesk) {
}
