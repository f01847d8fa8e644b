package org.virtualhall.search.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/** Solr-format synonym rules into a {@link SynonymMap}, each side cut into words the way the search analyzer cuts a query. */
final class SynonymRules {

    private SynonymRules() {
    }

    /** @param name the filter, named in the error of a rule that cannot be read */
    static SynonymMap parse(String name, List<String> rules) {
        try (Analyzer words = new RuleAnalyzer()) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, words);
            parser.parse(new StringReader(String.join("\n", rules)));
            return parser.build();
        } catch (ParseException e) {
            throw new IllegalArgumentException("filter [" + name + "]: bad synonym rule near line " + e.getErrorOffset(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** smartcn words, lower-cased: what hall_text_search makes of a query before its synonym filter. */
    private static final class RuleAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new HMMChineseTokenizer();
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
        }
    }
}
