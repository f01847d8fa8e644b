package org.virtualhall.gateway.outer.auth;

/** What logs may show of a person: never a whole ID number or mobile. */
public final class Masks {

    private Masks() {
    }

    /** {@code 330102********123X}: region and the last four, enough to tell people apart in a log. */
    public static String idNumber(String id) {
        return id == null || id.length() < 10 ? "***" : id.substring(0, 6) + "*".repeat(id.length() - 10)
                + id.substring(id.length() - 4);
    }

    /** {@code 138****0001}. */
    public static String mobile(String mobile) {
        return mobile == null || mobile.length() < 8 ? "***" : mobile.substring(0, 3) + "*".repeat(mobile.length() - 7)
                + mobile.substring(mobile.length() - 4);
    }
}
