package org.virtualhall.search.query;

import java.util.Locale;

/**
 * The name of a hit with {@code <em>} around what the text typed shares with it: every longest run of the name
 * (two characters or more, or the whole text when it is one character) that the text contains, letters compared
 * without case. Marked here rather than by Elasticsearch's highlighter: that reads each hit's stored source and
 * matches the query against it, which cost as much CPU as finding the hits. Typed pinyin and initials share no
 * characters with a Chinese name, so the name comes back plain, as the highlighter left it.
 */
final class NameMarks {

    private static final String OPEN = "<em>";
    private static final String CLOSE = "</em>";

    private NameMarks() {
    }

    static String mark(String name, String text) {
        String lowerName = name.toLowerCase(Locale.ROOT);
        String lowerText = text.toLowerCase(Locale.ROOT);
        int shortest = Math.min(2, lowerText.length());
        if (shortest == 0 || lowerName.length() != name.length()) {
            return name;
        }
        StringBuilder marked = new StringBuilder(name.length() + 18);
        int i = 0;
        while (i < name.length()) {
            int length = longestShared(lowerName, i, lowerText);
            if (length >= shortest) {
                marked.append(OPEN).append(name, i, i + length).append(CLOSE);
                i += length;
            } else {
                marked.append(name.charAt(i));
                i++;
            }
        }
        return marked.toString();
    }

    /** How many characters of {@code name} from {@code start} on appear together somewhere in {@code text}. */
    private static int longestShared(String name, int start, String text) {
        int length = 0;
        while (start + length < name.length() && text.contains(name.substring(start, start + length + 1))) {
            length++;
        }
        // never between the two halves of a character outside the Basic Multilingual Plane
        return length > 0 && Character.isHighSurrogate(name.charAt(start + length - 1)) ? length - 1 : length;
    }
}
