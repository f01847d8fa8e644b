package org.virtualhall.search.analysis;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;

/**
 * {@code hall_drop_punctuation}: drops tokens without a letter or digit. smartcn keeps punctuation
 * as words of its own, so without this a question mark in a query would match every name with a
 * bracket or a comma.
 */
final class PunctuationFilterFactory extends AbstractTokenFilterFactory {

    static final String NAME = "hall_drop_punctuation";

    PunctuationFilterFactory(IndexSettings indexSettings, Environment environment, String name, Settings settings) {
        super(name, settings);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new FilteringTokenFilter(tokenStream) {
            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

            @Override
            protected boolean accept() {
                for (int i = 0; i < term.length(); i++) {
                    if (Character.isLetterOrDigit(term.charAt(i))) {
                        return true;
                    }
                }
                return false;
            }
        };
    }
}
