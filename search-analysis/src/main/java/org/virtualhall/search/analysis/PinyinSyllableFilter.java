package org.virtualhall.search.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replaces each token by its pinyin syllables, one token each: 老人钱 and laorenqian both become
 * lao, ren, qian. What is close in sound shares syllables, which is what a fallback needs when
 * nothing matched the words as typed.
 */
final class PinyinSyllableFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();

    PinyinSyllableFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (pending.isEmpty()) {
            if (!input.incrementToken()) {
                return false;
            }
            for (Syllables.Syllable syllable : Syllables.of(term.toString())) {
                if (syllable.chinese()) {
                    pending.add(syllable.text());
                } else {
                    pending.addAll(PinyinSplitter.split(syllable.text()));
                }
            }
        }
        term.setEmpty().append(pending.poll());
        position.setPositionIncrement(1);
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
    }
}
