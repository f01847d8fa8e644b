package org.virtualhall.search.analysis;

import java.util.Locale;

/** What {@code hall_pinyin} writes for a syllable: all of it, or its first letter. */
enum PinyinMode {
    FULL, INITIALS;

    static PinyinMode parse(String value) {
        try {
            return valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("hall_pinyin: mode must be full or initials, not [" + value + "]", e);
        }
    }

    /** Latin typed by the user is kept whole: sfz is already initials. */
    String write(Syllables.Syllable syllable) {
        return this == FULL || !syllable.chinese() ? syllable.text() : syllable.text().substring(0, 1);
    }
}
