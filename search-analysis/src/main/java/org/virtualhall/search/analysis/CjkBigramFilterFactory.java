package org.virtualhall.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;

/**
 * {@code hall_cjk_bigram}: overlapping pairs of CJK characters after the standard tokenizer split
 * them into single characters; finds names however smartcn cut them. {@code output_unigrams}
 * keeps the single characters too (default false).
 */
final class CjkBigramFilterFactory extends AbstractTokenFilterFactory {

    static final String NAME = "hall_cjk_bigram";

    private final boolean outputUnigrams;

    CjkBigramFilterFactory(IndexSettings indexSettings, Environment environment, String name, Settings settings) {
        super(name, settings);
        this.outputUnigrams = settings.getAsBoolean("output_unigrams", false);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        int scripts = CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL;
        return new CJKBigramFilter(new CJKWidthFilter(tokenStream), scripts, outputUnigrams);
    }
}
