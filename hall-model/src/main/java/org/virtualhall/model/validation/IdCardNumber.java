package org.virtualhall.model.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The 18-character resident ID number (居民身份证号码) of GB 11643-1999 with its check digit. */
public final class IdCardNumber {

    private static final Pattern SHAPE = Pattern.compile("\\d{17}[0-9X]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";
    /** Province-level codes of GB/T 2260 (the first two digits of every address code). */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
            "65", "71", "81", "82");

    private IdCardNumber() {
    }

    /** Why the value is not a valid ID number, or empty when it is. A lower-case x is accepted. */
    public static Optional<String> problem(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of("身份证号码不能为空");
        }
        String id = value.trim().toUpperCase();
        if (!SHAPE.matcher(id).matches()) {
            return Optional.of("身份证号码应为18位：前17位为数字，最后一位为数字或X");
        }
        if (!PROVINCES.contains(id.substring(0, 2))) {
            return Optional.of("身份证号码的地址码无效：" + id.substring(0, 6));
        }
        Optional<LocalDate> birth = birthDateOf(id);
        if (birth.isEmpty()) {
            return Optional.of("身份证号码中的出生日期无效：" + id.substring(6, 14));
        }
        if (birth.get().isAfter(LocalDate.now()) || birth.get().getYear() < 1870) {
            return Optional.of("身份证号码中的出生日期不合理：" + id.substring(6, 14));
        }
        char expected = checkChar(id.substring(0, 17));
        if (id.charAt(17) != expected) {
            return Optional.of("身份证号码校验位错误");
        }
        return Optional.empty();
    }

    public static boolean isValid(String value) {
        return problem(value).isEmpty();
    }

    /** The check character (0-9 or X) for the first 17 digits. */
    public static char checkChar(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS.charAt(sum % 11);
    }

    private static Optional<LocalDate> birthDateOf(String id) {
        try {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(id.substring(6, 10)),
                    Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
