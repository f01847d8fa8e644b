package org.virtualhall.gateway.outer.intake;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.outer.auth.CitizenSessions;
import org.virtualhall.gateway.outer.auth.TokenClaims;
import org.virtualhall.gateway.outer.timeline.UnknownReceipt;

/**
 * Reads a citizen's request about one of their receipts (补正材料, 好差评): the token, the source header, the receipt's
 * shape (anything else is answered like an unknown receipt) and the body through the strict reader.
 */
@Component
@Profile("outer")
public class ReceiptRequests {

    private static final Pattern RECEIPT = Pattern.compile("[A-Za-z0-9-]{6,64}");

    private final CitizenSessions sessions;
    private final RequestReader reader;

    ReceiptRequests(CitizenSessions sessions, RequestReader reader) {
        this.sessions = sessions;
        this.reader = reader;
    }

    public <T> Read<T> read(String receipt, String authorization, String source, HttpServletRequest http, Class<T> type)
            throws IOException {
        TokenClaims claims = sessions.verify(authorization);
        HallSource.checked(source);
        if (!RECEIPT.matcher(receipt).matches()) {
            throw UnknownReceipt.refusal(receipt);
        }
        return new Read<>(claims, reader.parse(reader.readBody(http.getInputStream(), http.getContentLengthLong()), type));
    }

    /** Who sent it and what. */
    public record Read<T>(TokenClaims claims, T body) {
    }
}
