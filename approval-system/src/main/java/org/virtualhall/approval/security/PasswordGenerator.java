package org.virtualhall.approval.security;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;
import org.virtualhall.approval.system.ApprovalProperties;

/**
 * Initial and one-time passwords: random, from letters and digits that cannot be mistaken for one
 * another when read off a sheet (no 0/O/o, 1/l/I/i), with upper case, lower case and a digit in each.
 */
@Component
public class PasswordGenerator {

    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghjkmnpqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String ALPHABET = UPPER + LOWER + DIGITS;

    private final SecureRandom random = new SecureRandom();
    private final int length;

    PasswordGenerator(ApprovalProperties properties) {
        this.length = properties.security().password().initialLength();
    }

    public String next() {
        while (true) {
            StringBuilder password = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String p = password.toString();
            if (hasAny(p, UPPER) && hasAny(p, LOWER) && hasAny(p, DIGITS)) {
                return p;
            }
        }
    }

    private static boolean hasAny(String password, String chars) {
        return password.chars().anyMatch(c -> chars.indexOf(c) >= 0);
    }
}
