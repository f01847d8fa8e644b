package org.virtualhall.model.submission;

/**
 * A material uploaded with a submission.
 *
 * @param contentType the declared type; the outer gateway checks it against the file's magic bytes
 * @param base64      the file content, base64-encoded as it travels in JSON
 */
public record Attachment(String name, String contentType, String base64) {
}
