package org.virtualhall.launch.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Signs a citizen in at the outer hall API the way a citizen does it with the embedded SMS outbox
 * (docs/api.md): asks for a code for the mobile, reads it off the outbox as the phone would show it, and exchanges
 * it with name, ID number and mobile for a session. For tests, benches and the demo's tools; one instance per
 * outbox, shared by threads.
 */
public final class CitizenSignIn {

    private final JsonHttp outer;
    private final SmsOutbox outbox;

    public CitizenSignIn(JsonHttp outer, SmsOutbox outbox) {
        this.outer = outer;
        this.outbox = outbox;
    }

    /** A new session of the citizen; an {@link IllegalStateException} with the gateway's answer when refused. */
    public Session signIn(String name, String idNumber, String mobile) {
        Answer sent = outer.post("/api/auth/sms-code", Map.of("mobile", mobile));
        if (sent.status() != 202) {
            throw new IllegalStateException("no SMS code for " + mobile + ": " + sent.status() + " " + sent.body());
        }
        String code = outbox.takeCode(mobile).orElseThrow(() -> new IllegalStateException(
                "the gateway sent a code for " + mobile + " but it is not in " + outbox.file()));
        Answer token = outer.post("/api/auth/token", Map.of("name", name, "idNumber", idNumber, "mobile", mobile,
                "code", code));
        if (token.status() != 200) {
            throw new IllegalStateException("sign-in of " + mobile + " refused: " + token.status() + " " + token.body());
        }
        return Session.of(token.json());
    }

    /** The session's next tokens ({@code POST /api/auth/refresh}); the refresh token of {@code session} is spent. */
    public Session renew(Session session) {
        Answer renewed = outer.post("/api/auth/refresh", Map.of("refreshToken", session.refreshToken()));
        if (renewed.status() != 200) {
            throw new IllegalStateException("renewal refused: " + renewed.status() + " " + renewed.body());
        }
        return Session.of(renewed.json());
    }

    /** What {@code POST /api/auth/token} answers: the access token for {@code Authorization: Bearer}, and the refresh token. */
    public record Session(String token, String expiresAt, String refreshToken, String refreshExpiresAt) {

        static Session of(JsonNode answer) {
            return new Session(answer.path("token").asText(), answer.path("expiresAt").asText(),
                    answer.path("refreshToken").asText(), answer.path("refreshExpiresAt").asText());
        }
    }
}
