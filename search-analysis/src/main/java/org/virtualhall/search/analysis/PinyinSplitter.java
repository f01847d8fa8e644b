package org.virtualhall.search.analysis;

import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cuts typed pinyin into syllables (laorenqian → lao ren qian), using the fewest syllables that
 * cover the letters (xian stays xian, not xi an). Letters that start no syllable are kept as a run
 * of their own, so nothing typed is lost.
 */
final class PinyinSplitter {

    private static final Set<String> SYLLABLES = Arrays.stream(Pinyin.values())
            .filter(p -> p != Pinyin.none5)
            .map(p -> p.getPinyinWithoutTone().replace('ü', 'v'))
            .collect(Collectors.toUnmodifiableSet());
    private static final int LONGEST = 6;

    private PinyinSplitter() {
    }

    static List<String> split(String letters) {
        int n = letters.length();
        // fewest[i]: the fewest pieces covering letters[i..]; a piece that is not a syllable costs more than any split
        int[] fewest = new int[n + 1];
        int[] next = new int[n + 1];
        for (int i = n - 1; i >= 0; i--) {
            fewest[i] = fewest[i + 1] + n + 1;
            next[i] = i + 1;
            for (int end = i + 1; end <= Math.min(n, i + LONGEST); end++) {
                if (SYLLABLES.contains(letters.substring(i, end)) && fewest[end] + 1 < fewest[i]) {
                    fewest[i] = fewest[end] + 1;
                    next[i] = end;
                }
            }
        }
        List<String> pieces = new ArrayList<>();
        StringBuilder unknown = new StringBuilder();
        for (int i = 0; i < n; i = next[i]) {
            String piece = letters.substring(i, next[i]);
            if (SYLLABLES.contains(piece)) {
                flush(unknown, pieces);
                pieces.add(piece);
            } else {
                unknown.append(piece);
            }
        }
        flush(unknown, pieces);
        return pieces;
    }

    private static void flush(StringBuilder unknown, List<String> pieces) {
        if (unknown.length() > 0) {
            pieces.add(unknown.toString());
            unknown.setLength(0);
        }
    }
}
