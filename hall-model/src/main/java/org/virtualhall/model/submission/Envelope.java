package org.virtualhall.model.submission;

import java.time.Instant;

/**
 * The unit that crosses the gap: one message of a channel, wrapped with its identity.
 * Receivers drop a second envelope with the same id.
 *
 * @param id        unique per envelope, for de-duplication across resends
 * @param type      what the body is (submission, case-event, catalog ...)
 * @param receipt   the receipt the envelope is about, when it is about one (for logs and audit)
 * @param body      the payload as JSON text
 */
public record Envelope(String id, String type, String receipt, Instant createdAt, String body) {
}
