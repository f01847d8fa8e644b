package org.virtualhall.model.submission;

/** The real-name applicant (实名申请人). */
public record Applicant(String name, String idNumber, String mobile) {
}
