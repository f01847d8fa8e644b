package org.virtualhall.search.analysis;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.AnalysisMode;

/**
 * {@code hall_synonym_graph}: Solr-format rules ({@code 身份证, 居民身份证} or {@code 身分证 => 身份证})
 * from {@code synonyms} (inline) or {@code synonyms_path} (a file under the node's config folder).
 * Rules are cut into words by smartcn, as the text they meet is. Meant for search analyzers only;
 * with {@code updateable: true} the rules are re-read by {@code _reload_search_analyzers}.
 */
final class SynonymGraphFilterFactory extends AbstractTokenFilterFactory {

    static final String NAME = "hall_synonym_graph";

    private final SynonymMap synonyms;
    private final boolean updateable;

    SynonymGraphFilterFactory(IndexSettings indexSettings, Environment environment, String name, Settings settings) {
        super(name, settings);
        this.updateable = settings.getAsBoolean("updateable", false);
        List<String> rules = Analysis.getWordList(environment, settings, "synonyms");
        if (rules == null) {
            throw new IllegalArgumentException("filter [" + name + "] needs [synonyms] or [synonyms_path]");
        }
        this.synonyms = SynonymRules.parse(name, rules);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return synonyms.fst == null ? tokenStream : new SynonymGraphFilter(tokenStream, synonyms, true);
    }

    @Override
    public AnalysisMode getAnalysisMode() {
        return updateable ? AnalysisMode.SEARCH_TIME : AnalysisMode.ALL;
    }
}
