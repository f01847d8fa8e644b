package org.virtualhall.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;

/** {@code hall_pinyin_syllables}: each token as its pinyin syllables, typed pinyin cut into syllables too. */
final class PinyinSyllableFilterFactory extends AbstractTokenFilterFactory {

    static final String NAME = "hall_pinyin_syllables";

    PinyinSyllableFilterFactory(IndexSettings indexSettings, Environment environment, String name, Settings settings) {
        super(name, settings);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new PinyinSyllableFilter(tokenStream);
    }
}
