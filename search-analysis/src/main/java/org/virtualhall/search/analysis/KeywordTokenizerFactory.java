package org.virtualhall.search.analysis;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenizerFactory;

/** {@code hall_keyword}: the whole text as one token (the distribution has no analysis-common). */
final class KeywordTokenizerFactory extends AbstractTokenizerFactory {

    static final String NAME = "hall_keyword";

    KeywordTokenizerFactory(IndexSettings indexSettings, Environment environment, String name, Settings settings) {
        super(indexSettings, settings, name);
    }

    @Override
    public Tokenizer create() {
        return new KeywordTokenizer();
    }
}
