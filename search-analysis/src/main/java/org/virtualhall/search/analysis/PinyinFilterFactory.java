package org.virtualhall.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;

/**
 * {@code hall_pinyin}: each token in pinyin. {@code mode}: {@code full} (shenfenzheng) or
 * {@code initials} (sfz). {@code ngrams: true} (for indexing) also emits every run of at least
 * {@code min_syllables} consecutive syllables, so sfz and shenfenzheng find 居民身份证补领.
 */
final class PinyinFilterFactory extends AbstractTokenFilterFactory {

    static final String NAME = "hall_pinyin";

    private final PinyinMode mode;
    private final boolean ngrams;
    private final int minSyllables;

    PinyinFilterFactory(IndexSettings indexSettings, Environment environment, String name, Settings settings) {
        super(name, settings);
        this.mode = PinyinMode.parse(settings.get("mode", "full"));
        this.ngrams = settings.getAsBoolean("ngrams", false);
        this.minSyllables = settings.getAsInt("min_syllables", 1);
        if (minSyllables < 1) {
            throw new IllegalArgumentException("filter [" + name + "]: min_syllables must be at least 1");
        }
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new PinyinTokenFilter(tokenStream, mode, ngrams, minSyllables);
    }
}
