package org.virtualhall.gateway.outer.auth;

/** The body of {@code POST /api/auth/sms-code}. */
record SmsCodeRequest(String mobile) {
}
