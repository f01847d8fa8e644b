package org.virtualhall.model.validation;

import java.util.Optional;
import java.util.regex.Pattern;

/** A mainland mobile number: 11 digits starting with 13–19 (an optional +86 or 86 prefix is allowed). */
public final class MobileNumber {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");
    private static final Pattern SHAPE = Pattern.compile("1[3-9]\\d{9}");

    private MobileNumber() {
    }

    public static Optional<String> problem(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of("手机号码不能为空");
        }
        if (!SHAPE.matcher(normalise(value)).matches()) {
            return Optional.of("手机号码应为11位数字，以13至19开头");
        }
        return Optional.empty();
    }

    public static boolean isValid(String value) {
        return problem(value).isEmpty();
    }

    /** The bare 11 digits: spaces, dashes and a +86 prefix removed. */
    public static String normalise(String value) {
        String digits = SEPARATORS.matcher(value).replaceAll("");
        if (digits.startsWith("+86")) {
            return digits.substring(3);
        }
        return digits.length() == 13 && digits.startsWith("86") ? digits.substring(2) : digits;
    }
}
