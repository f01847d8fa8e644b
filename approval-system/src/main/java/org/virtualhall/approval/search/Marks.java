package org.virtualhall.approval.search;

import org.springframework.web.util.HtmlUtils;

/**
 * A highlight (Elasticsearch's, or the hall search service's) as HTML the page can show as it is: everything
 * escaped but the marks around the matched words, which become {@code <mark>}. The marks are first swapped for
 * private-use characters that escaping leaves alone, so text that happens to look like a tag stays text.
 */
final class Marks {

    /** What the case search asks Elasticsearch to put around matched words. */
    static final String PRE = "\uE000";
    static final String POST = "\uE001";

    private Marks() {
    }

    /** A highlight marked with {@code <em>} (the hall's search service). */
    static String fromEm(String highlighted) {
        return html(highlighted.replace("<em>", PRE).replace("</em>", POST));
    }

    /** A highlight marked with {@link #PRE} and {@link #POST}, or plain text. */
    static String html(String marked) {
        return HtmlUtils.htmlEscape(marked, "UTF-8").replace(PRE, "<mark>").replace(POST, "</mark>");
    }
}
