package org.virtualhall.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.AnalysisMode;

/**
 * {@code hall_core_synonym}: every word of a query together with its synonyms from 同义词词林
 * ({@link CoreSynonyms}): 下岗 also searches 失业, 去世 also 死亡. For a search analyzer of its own,
 * used by a clause weighted below the words as typed. {@code max_group_size} (default 40) leaves out
 * the loosest groups.
 */
final class CoreSynonymFilterFactory extends AbstractTokenFilterFactory {

    static final String NAME = "hall_core_synonym";

    private final SynonymMap synonyms;

    CoreSynonymFilterFactory(IndexSettings indexSettings, Environment environment, String name, Settings settings) {
        super(name, settings);
        int maxGroupSize = settings.getAsInt("max_group_size", 40);
        if (maxGroupSize < 2) {
            throw new IllegalArgumentException("filter [" + name + "]: max_group_size must be at least 2");
        }
        this.synonyms = CoreSynonyms.map(maxGroupSize);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new SynonymGraphFilter(tokenStream, synonyms, true);
    }

    @Override
    public AnalysisMode getAnalysisMode() {
        return AnalysisMode.SEARCH_TIME;
    }
}
