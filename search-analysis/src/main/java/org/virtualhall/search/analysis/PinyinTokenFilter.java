package org.virtualhall.search.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Replaces each token by its pinyin, or by every run of its syllables (see {@link PinyinFilterFactory}). */
final class PinyinTokenFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final PinyinMode mode;
    private final boolean ngrams;
    private final int minSyllables;
    private final int maxSyllables;
    private final Deque<String> pending = new ArrayDeque<>();

    PinyinTokenFilter(TokenStream input, PinyinMode mode, boolean ngrams, int minSyllables, int maxSyllables) {
        super(input);
        this.mode = mode;
        this.ngrams = ngrams;
        this.minSyllables = minSyllables;
        this.maxSyllables = maxSyllables;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            term.setEmpty().append(pending.poll());
            position.setPositionIncrement(0);
            return true;
        }
        while (input.incrementToken()) {
            List<Syllables.Syllable> syllables = Syllables.of(term.toString());
            if (syllables.isEmpty()) {
                continue;
            }
            enqueue(syllables);
            term.setEmpty().append(pending.poll());
            return true;
        }
        return false;
    }

    private void enqueue(List<Syllables.Syllable> syllables) {
        int n = syllables.size();
        pending.add(join(syllables, 0, n));
        if (!ngrams) {
            return;
        }
        for (int length = Math.min(minSyllables, n); length < n && length <= maxSyllables; length++) {
            for (int start = 0; start + length <= n; start++) {
                pending.add(join(syllables, start, start + length));
            }
        }
    }

    private String join(List<Syllables.Syllable> syllables, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            out.append(mode.write(syllables.get(i)));
        }
        return out.toString();
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
    }
}
