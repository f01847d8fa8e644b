package org.virtualhall.gateway.outer.auth;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.web.Refusal;

/**
 * Sign-in's counters on {@code /actuator/prometheus}: {@code hall_auth_codes_sent_total{gateway}},
 * {@code hall_auth_sign_ins_total}, {@code hall_auth_refreshes_total}, {@code hall_auth_sign_outs_total} and
 * {@code hall_auth_refusals_total{reason}} (the error code, or for a 429 the limit that was reached).
 */
@Component
@Profile("outer")
public class AuthMetrics {

    private final MeterRegistry meters;

    AuthMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    void codeSent(String gateway) {
        meters.counter("hall.auth.codes.sent", "gateway", gateway).increment();
    }

    void signedIn() {
        meters.counter("hall.auth.sign.ins").increment();
    }

    void refreshed() {
        meters.counter("hall.auth.refreshes").increment();
    }

    void signedOut() {
        meters.counter("hall.auth.sign.outs").increment();
    }

    /** Counts the refusal under {@code reason} and returns it, to be thrown. */
    Refusal refused(String reason, Refusal refusal) {
        meters.counter("hall.auth.refusals", "reason", reason).increment();
        return refusal;
    }

    /** Counts the refusal under its error code and returns it. */
    Refusal refused(Refusal refusal) {
        return refused(refusal.error(), refusal);
    }
}
