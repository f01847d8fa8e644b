package org.virtualhall.search.analysis;

import java.util.Map;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * The hall's Chinese analysis, for a distribution that ships without analysis-common: smartcn
 * words, CJK bigrams, a synonym graph (colloquial ↔ official), 同义词词林 synonyms from HanLP's jar,
 * and pinyin (full, initials, and syllable by syllable).
 */
public final class HallAnalysisPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        return Map.of(
                SmartcnTokenizerFactory.NAME, SmartcnTokenizerFactory::new,
                KeywordTokenizerFactory.NAME, KeywordTokenizerFactory::new);
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(
                CjkBigramFilterFactory.NAME, CjkBigramFilterFactory::new,
                CoreSynonymFilterFactory.NAME, CoreSynonymFilterFactory::new,
                LowercaseFilterFactory.NAME, LowercaseFilterFactory::new,
                PinyinFilterFactory.NAME, PinyinFilterFactory::new,
                PinyinSyllableFilterFactory.NAME, PinyinSyllableFilterFactory::new,
                PunctuationFilterFactory.NAME, PunctuationFilterFactory::new,
                SynonymGraphFilterFactory.NAME, AnalysisPlugin.requiresAnalysisSettings(SynonymGraphFilterFactory::new));
    }
}
