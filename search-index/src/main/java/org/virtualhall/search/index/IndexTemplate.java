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

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ElasticsearchClient client;

    public IndexTemplate(ElasticsearchClient client) {
        this.client = client;
    }

    public void apply(List<String> synonymRules) throws IOException {
        put(NAME, withSynonyms(synonymRules));
    }

    /**
     * Another template with the hall's settings and analysis (these synonym rules) but a mapping of its own, for
     * indices of other documents that must be found the way the hall's are (the approval system's cases).
     *
     * @param mappings the {@code mappings} object, JSON
     */
    public void apply(String name, String pattern, String mappings, List<String> synonymRules) throws IOException {
        ObjectNode template = template(synonymRules);
        template.putArray("index_patterns").add(pattern);
        ((ObjectNode) template.get("template")).set("mappings", MAPPER.readTree(mappings));
        put(name, MAPPER.writeValueAsString(template));
    }

    private void put(String name, String json) throws IOException {
        client.indices().putIndexTemplate(t -> t.name(name).withJson(new StringReader(json)));
    }

    static String withSynonyms(List<String> rules) {
        try {
            return MAPPER.writeValueAsString(template(rules));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode template(List<String> rules) {
        try (InputStream in = IndexTemplate.class.getResourceAsStream(RESOURCE)) {
            ObjectNode template = (ObjectNode) MAPPER.readTree(in);
            ArrayNode synonyms = (ArrayNode) template.at("/template/settings/analysis/filter/hall_synonyms/synonyms");
            rules.forEach(synonyms::add);
            return template;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
