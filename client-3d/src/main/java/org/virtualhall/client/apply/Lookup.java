package org.virtualhall.client.apply;

import org.virtualhall.client.api.ApiTypes.SubmissionView;

/**
 * A receipt looked up in 我的申请 (受理编号查询) and what the gateway said: the citizen's own submission, or
 * {@link #NOT_FOUND} — the same for someone else's receipt as for one that does not exist.
 *
 * @param found the submission, or null when it was not found or the gateway could not answer
 * @param text  what to show instead of it: {@link #NOT_FOUND}, or why there was no answer
 */
record Lookup(String receipt, SubmissionView found, String text) {

    static final String NOT_FOUND = "没有找到这笔申报";

    static Lookup found(String receipt, SubmissionView view) {
        return new Lookup(receipt, view, null);
    }

    static Lookup missing(String receipt, String text) {
        return new Lookup(receipt, null, text);
    }

    /** What a script's report records: the status found, or the text shown. */
    String outcome() {
        return found != null ? found.status() : text;
    }
}
