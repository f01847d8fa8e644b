package org.virtualhall.client.kiosk;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.virtualhall.model.catalog.Window;
import org.virtualhall.model.hall.Hall;

/**
 * The on-screen keyboard's pinyin input: typed letters → Chinese words and characters to pick. The words come from
 * the hall's own data (item names and categories, window signs, department names), cut into dictionary words, so
 * that {@code shenfen} offers 身份 and 身份证 at a terminal of a hall that has 居民身份证补领.
 */
public final class PinyinCandidates {

    /** A word and the toneless pinyin it is typed as. */
    public record Candidate(String word, String pinyin) {
    }

    private final List<Candidate> words;
    private final Map<String, Integer> frequency;

    private PinyinCandidates(Map<String, Integer> frequency) {
        this.frequency = frequency;
        this.words = frequency.keySet().stream()
                .map(w -> new Candidate(w, HanLP.convertToPinyinString(w, "", false).toLowerCase(Locale.ROOT)))
                .filter(c -> c.pinyin().chars().allMatch(ch -> ch >= 'a' && ch <= 'z') && !c.pinyin().isEmpty())
                .toList();
    }

    public static PinyinCandidates of(Hall hall) {
        Stream<String> texts = Stream.of(
                hall.items().stream().flatMap(i -> Stream.of(i.name(), i.category())),
                hall.windows().stream().map(Window::sign),
                hall.departments().stream().flatMap(d -> Stream.of(d.name(), d.shortName()))).flatMap(s -> s);
        Map<String, Integer> frequency = new HashMap<>();
        texts.filter(t -> t != null && !t.isBlank()).forEach(t -> wordsOf(t).forEach(w -> frequency.merge(w, 1, Integer::sum)));
        return new PinyinCandidates(frequency);
    }

    /** The dictionary words of a text, the dictionary words inside them, and each Chinese character. */
    static Set<String> wordsOf(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (Term term : HanLP.segment(text)) {
            String w = term.word;
            if (!isHan(w)) {
                continue;
            }
            out.add(w);
            for (int len = 2; len < w.length(); len++) {
                for (int i = 0; i + len <= w.length(); i++) {
                    String sub = w.substring(i, i + len);
                    if (CoreDictionary.contains(sub)) {
                        out.add(sub);
                    }
                }
            }
            w.chars().mapToObj(c -> String.valueOf((char) c)).forEach(out::add);
        }
        return out;
    }

    private static boolean isHan(String w) {
        return !w.isEmpty() && w.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /**
     * Candidates for the typed letters, best first: words typed exactly, then longer words the letters begin, then
     * shorter words that begin the letters (so the citizen can pick 身 from {@code shenfen}); the hall's more frequent
     * words first within each.
     */
    public List<Candidate> lookup(String typed, int limit) {
        String t = typed.toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return List.of();
        }
        List<Candidate> exact = new ArrayList<>();
        List<Candidate> longer = new ArrayList<>();
        List<Candidate> shorter = new ArrayList<>();
        for (Candidate c : words) {
            if (c.pinyin().equals(t)) {
                exact.add(c);
            } else if (c.pinyin().startsWith(t)) {
                longer.add(c);
            } else if (t.startsWith(c.pinyin())) {
                shorter.add(c);
            }
        }
        Comparator<Candidate> common = Comparator.comparing((Candidate c) -> -frequency.get(c.word())).thenComparing(Candidate::word);
        exact.sort(common);
        longer.sort(Comparator.comparing((Candidate c) -> c.word().length()).thenComparing(common));
        shorter.sort(Comparator.comparing((Candidate c) -> -c.word().length()).thenComparing(common));
        return Stream.of(exact, longer, shorter).flatMap(List::stream).limit(limit).toList();
    }

    /** The typed letters left after picking a candidate: what its pinyin did not use up. */
    public static String remainder(String typed, Candidate picked) {
        return typed.startsWith(picked.pinyin()) ? typed.substring(picked.pinyin().length()) : "";
    }
}
