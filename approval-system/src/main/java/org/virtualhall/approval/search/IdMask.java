package org.virtualhall.approval.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ID numbers (居民身份证号码) as search may show them: the region (first six) and the last four characters, the
 * birth date and sequence starred out, e.g. 110105********002X. The search index holds only this form.
 */
final class IdMask {

    private static final Pattern ID = Pattern.compile("(?<![0-9A-Za-z])(\\d{6})(\\d{8})(\\d{3}[0-9Xx])(?![0-9A-Za-z])");
    private static final Pattern OLD_ID = Pattern.compile("(?<![0-9A-Za-z])(\\d{6})(\\d{6})(\\d{3})(?![0-9A-Za-z])");

    private IdMask() {
    }

    /**
     * One ID number, masked (one already masked stays as it is); anything that is not one is starred out but for its
     * last two characters.
     */
    static String mask(String id) {
        String text = id.strip();
        if (isId(text)) {
            return maskIn(text).toUpperCase();
        }
        return text.length() <= 2 ? "*".repeat(text.length()) : "*".repeat(text.length() - 2) + text.substring(text.length() - 2);
    }

    /** The text with every ID number in it masked (what a search box echoes). */
    static String maskIn(String text) {
        String masked = replace(ID, text, 4);
        return replace(OLD_ID, masked, 3);
    }

    /** Whether the text is one whole ID number, masked or not. */
    static boolean isId(String text) {
        return text.matches("\\d{6}(\\d{8}|\\*{8})\\d{3}[0-9Xx]") || text.matches("\\d{6}(\\d{6}|\\*{6})\\d{3}");
    }

    private static String replace(Pattern pattern, String text, int keptAtEnd) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String tail = m.group(3).toUpperCase();
            m.appendReplacement(out, m.group(1) + "*".repeat(m.group(2).length() + m.group(3).length() - keptAtEnd)
                    + tail.substring(tail.length() - keptAtEnd));
        }
        m.appendTail(out);
        return out.toString();
    }
}
