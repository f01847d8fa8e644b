package org.virtualhall.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The index template every hall index is created from ({@code search/hall-template.json}): the
 * analyzers of the hall-analysis plugin and the mapping. The synonym rules are put into it, so each
 * new index carries the rules of the moment it was built.
 */
public final class IndexTemplate {

    static final String NAME = "hall";
    private static final String RESOURCE = "/search/hall-template.json";

    private final ElasticsearchClient client;

    public IndexTemplate(ElasticsearchClient client) {
        this.client = client;
    }

    public void apply(List<String> synonymRules) throws IOException {
        String json = withSynonyms(synonymRules);
        client.indices().putIndexTemplate(t -> t.name(NAME).withJson(new StringReader(json)));
    }

    static String withSynonyms(List<String> rules) {
        ObjectMapper mapper = new ObjectMapper();
        try (InputStream in = IndexTemplate.class.getResourceAsStream(RESOURCE)) {
            ObjectNode template = (ObjectNode) mapper.readTree(in);
            ArrayNode synonyms = (ArrayNode) template.at("/template/settings/analysis/filter/hall_synonyms/synonyms");
            rules.forEach(synonyms::add);
            return mapper.writeValueAsString(template);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
