package org.virtualhall.client.signin;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Base64;
import java.util.Optional;
import org.virtualhall.client.api.ApiTypes.Credentials;
import org.virtualhall.model.json.HallJson;

/**
 * The person an access token was issued to, read from its claims ({@code v2.<base64url JSON>.<signature>}:
 * {@code name}, {@code sub} = ID number, {@code mobile}). Only for a sign-in at the identity platform, where the
 * client did not type the person in but needs them as the applicant of what it submits; the gateway still checks
 * the token on every call.
 */
final class TokenPerson {

    private TokenPerson() {
    }

    static Optional<Credentials> of(String token) {
        String[] parts = token == null ? new String[0] : token.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            JsonNode claims = HallJson.wire().readTree(Base64.getUrlDecoder().decode(parts[1]));
            Credentials person = new Credentials(claims.path("name").asText(""), claims.path("sub").asText(""),
                    claims.path("mobile").asText(""));
            return person.name().isEmpty() || person.idNumber().isEmpty() ? Optional.empty() : Optional.of(person);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
