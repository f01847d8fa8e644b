package org.virtualhall.gateway.outer.auth.sms;

import org.virtualhall.gateway.outer.auth.operator.OperatorUnavailable;

/**
 * Delivers a text message to a citizen's mobile. Chosen by {@code hall.gateway.outer.auth.sms.gateway}: {@code outbox}
 * (embedded default, {@link OutboxSmsGateway}) or {@code http} (a carrier's API, {@link HttpSmsGateway}).
 */
public interface SmsGateway {

    /** Returns once the message is handed over; {@link OperatorUnavailable} when it could not be. */
    void send(SmsMessage message);

    /** The name metrics and logs use, e.g. {@code outbox}. */
    String name();
}
