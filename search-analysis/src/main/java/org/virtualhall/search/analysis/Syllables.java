package org.virtualhall.search.analysis;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.security.AccessController;
import java.security.PrivilegedAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text to pinyin syllables with HanLP, which reads whole words (重新 → chong xin, 银行 → yin hang).
 * Letters and digits that are not Chinese stay as one "syllable" per run (sfz stays sfz), so a
 * query typed in pinyin passes through; everything else (spaces, punctuation) is dropped.
 */
final class Syllables {

    static {
        // HanLP loads its dictionaries on first use; do it once, with the plugin's own permissions.
        AccessController.doPrivileged((PrivilegedAction<List<Pinyin>>) () -> HanLP.convertToPinyinList("重新"));
    }

    private Syllables() {
    }

    /** A syllable of a Chinese character, or a run of Latin letters and digits typed as is. */
    record Syllable(String text, boolean chinese) {
    }

    static List<Syllable> of(String text) {
        List<Pinyin> pinyins = HanLP.convertToPinyinList(text);
        List<Syllable> syllables = new ArrayList<>();
        StringBuilder latin = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Pinyin pinyin = i < pinyins.size() ? pinyins.get(i) : Pinyin.none5;
            if (pinyin != Pinyin.none5) {
                flush(latin, syllables);
                syllables.add(new Syllable(pinyin.getPinyinWithoutTone().replace('ü', 'v'), true));
            } else if (Character.isLetterOrDigit(c) && c < 0x2E80) {
                latin.append(Character.toLowerCase(c));
            } else {
                flush(latin, syllables);
            }
        }
        flush(latin, syllables);
        return syllables;
    }

    private static void flush(StringBuilder latin, List<Syllable> syllables) {
        if (latin.length() > 0) {
            syllables.add(new Syllable(latin.toString().toLowerCase(Locale.ROOT), false));
            latin.setLength(0);
        }
    }
}
