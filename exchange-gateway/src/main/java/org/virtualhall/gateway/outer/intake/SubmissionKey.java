package org.virtualhall.gateway.outer.intake;

/**
 * The {@code Idempotency-Key} of a submission, scoped to the applicant whose token sent it.
 *
 * @param idNumber    the token's ID number: one citizen's key never finds another citizen's receipt
 * @param key         as the client sent it
 * @param fingerprint SHA-256 of the request body, so a key reused for a different application is caught
 */
public record SubmissionKey(String idNumber, String key, String fingerprint) {
}
