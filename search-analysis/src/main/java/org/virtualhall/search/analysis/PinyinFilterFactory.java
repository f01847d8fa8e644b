package org.virtualhall.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;

/**
 * {@code hall_pinyin}: each token in pinyin. {@code mode}: {@code full} (shenfenzheng) or
 * {@code initials} (sfz). {@code ngrams: true} (for indexing) also emits every run of
 * {@code min_syllables} to {@code max_syllables} consecutive syllables, so sfz and shenfenzheng
 * find 居民身份证补领; the cap keeps long names from filling the term dictionary.
 */
final class PinyinFilterFactory extends AbstractTokenFilterFactory {

    static final String NAME = "hall_pinyin";

    private final PinyinMode mode;
    private final boolean ngrams;
    private final int minSyllables;
    private final int maxSyllables;

    PinyinFilterFactory(IndexSettings indexSettings, Environment environment, String name, Settings settings) {
        super(name, settings);
        this.mode = PinyinMode.parse(settings.get("mode", "full"));
        this.ngrams = settings.getAsBoolean("ngrams", false);
        this.minSyllables = settings.getAsInt("min_syllables", 1);
        this.maxSyllables = settings.getAsInt("max_syllables", 8);
        if (minSyllables < 1 || maxSyllables < minSyllables) {
            throw new IllegalArgumentException("filter [" + name + "]: need 1 <= min_syllables <= max_syllables");
        }
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new PinyinTokenFilter(tokenStream, mode, ngrams, minSyllables, maxSyllables);
    }
}
