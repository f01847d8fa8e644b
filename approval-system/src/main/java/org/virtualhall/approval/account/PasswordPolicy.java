package org.virtualhall.approval.account;

import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.virtualhall.approval.system.ApprovalProperties;

/** What a password a user chooses must be: long enough, of several kinds of character, without the username in it. */
@Component
class PasswordPolicy {

    private final int minLength;
    private final int minClasses;

    PasswordPolicy(ApprovalProperties properties) {
        this.minLength = properties.security().password().minLength();
        this.minClasses = properties.security().password().minClasses();
    }

    /** The rules in words for the user, shown beside the form. */
    String rules() {
        return "新密码至少 " + minLength + " 个字符，包含小写字母、大写字母、数字、符号中的至少 " + minClasses
                + " 类，不能包含用户名，不能与原密码（包括初始密码）相同。";
    }

    /** @return the rule the password breaks, in words for the user, or empty if it keeps them all */
    Optional<String> broken(String username, String password) {
        if (password.codePointCount(0, password.length()) < minLength) {
            return Optional.of("新密码至少 " + minLength + " 个字符");
        }
        int classes = classes(password);
        if (classes < minClasses) {
            return Optional.of("新密码须包含小写字母、大写字母、数字、符号中的至少 " + minClasses + " 类（现为 " + classes + " 类）");
        }
        if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("新密码不能包含用户名");
        }
        return Optional.empty();
    }

    private static int classes(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean symbol = false;
        for (int c : password.codePoints().toArray()) {
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                symbol = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }
}
