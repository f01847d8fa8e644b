package org.virtualhall.gateway.outer.auth.sms;

import java.time.Instant;

/**
 * One message to a mobile. {@code code} is what {@code text} carries; the outbox keeps it apart so tests and the demo
 * can read it, a carrier only gets the text.
 */
public record SmsMessage(Instant at, String mobile, String text, String code) {
}
