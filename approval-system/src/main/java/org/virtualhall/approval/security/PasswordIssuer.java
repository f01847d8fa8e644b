package org.virtualhall.approval.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.virtualhall.approval.system.ApprovalProperties;

/**
 * Draws a password for each account and hashes them all on every core, at the cost configured for generated
 * passwords (any BCrypt hash verifies whatever its cost).
 */
@Component
class PasswordIssuer {

    /** Passwords drawn for some accounts, in the order given, and their hashes. */
    record Issued(Map<String, String> passwords, Map<String, String> hashes) {
    }

    private final PasswordGenerator generator;
    private final PasswordEncoder encoder;

    PasswordIssuer(PasswordGenerator generator, ApprovalProperties properties) {
        this.generator = generator;
        this.encoder = new BCryptPasswordEncoder(properties.security().issuedBcryptStrength());
    }

    Issued issue(List<String> usernames) {
        Map<String, String> passwords = new LinkedHashMap<>();
        usernames.forEach(u -> passwords.put(u, generator.next()));
        Map<String, String> hashes = passwords.entrySet().parallelStream()
                .collect(Collectors.toConcurrentMap(Map.Entry::getKey, e -> encoder.encode(e.getValue())));
        return new Issued(passwords, hashes);
    }
}
