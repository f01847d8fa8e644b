package org.virtualhall.model.validation;

import java.util.Optional;

/** 统一社会信用代码 of GB 32100-2015: 18 characters, the last a check character over a 31-symbol alphabet. */
public final class UnifiedCreditCode {

    /** The code's alphabet: digits and capitals without I, O, Z, S, V. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private UnifiedCreditCode() {
    }

    public static Optional<String> problem(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of("统一社会信用代码不能为空");
        }
        String code = value.trim().toUpperCase();
        if (code.length() != 18) {
            return Optional.of("统一社会信用代码应为18位");
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Optional.of("统一社会信用代码第" + (i + 1) + "位含有不允许的字符：" + code.charAt(i));
            }
        }
        if (!Character.isDigit(code.charAt(2)) || !code.substring(2, 8).chars().allMatch(Character::isDigit)) {
            return Optional.of("统一社会信用代码第3至8位应为行政区划码");
        }
        if (code.charAt(17) != checkChar(code.substring(0, 17))) {
            return Optional.of("统一社会信用代码校验位错误");
        }
        return Optional.empty();
    }

    public static boolean isValid(String value) {
        return problem(value).isEmpty();
    }

    /** The check character for the first 17 characters (which must be in the alphabet). */
    public static char checkChar(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return ALPHABET.charAt(check);
    }
}
