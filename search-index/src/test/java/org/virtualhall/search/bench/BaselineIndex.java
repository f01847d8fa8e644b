package org.virtualhall.search.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.virtualhall.search.index.SearchDocument;

/**
 * The comparison: the same items indexed with Elasticsearch's stock {@code standard} analyzer
 * (one character per token for Chinese), no synonyms, no pinyin, searched by name, keywords and body.
 */
final class BaselineIndex {

    static final String INDEX = "bench-baseline-items";
    private static final String MAPPING = """
            {"settings": {"number_of_shards": 1, "number_of_replicas": 0},
             "mappings": {"properties": {
               "type": {"type": "keyword"}, "id": {"type": "keyword"}, "department": {"type": "keyword"},
               "windows": {"type": "keyword"}, "floor": {"type": "integer"},
               "name": {"type": "text", "analyzer": "standard"},
               "departmentName": {"type": "text", "analyzer": "standard"},
               "keywords": {"type": "text", "analyzer": "standard"},
               "body": {"type": "text", "analyzer": "standard"}}}}
            """;

    private final ElasticsearchClient client;

    BaselineIndex(ElasticsearchClient client) {
        this.client = client;
    }

    void build(List<SearchDocument> items) throws IOException {
        if (client.indices().exists(e -> e.index(INDEX)).value()) {
            client.indices().delete(d -> d.index(INDEX));
        }
        client.indices().create(c -> c.index(INDEX).withJson(new StringReader(MAPPING)));
        client.bulk(b -> {
            items.forEach(doc -> b.operations(op -> op.index(i -> i.index(INDEX).id(doc.id()).document(doc))));
            return b.refresh(co.elastic.clients.elasticsearch._types.Refresh.True);
        });
    }

    /** The first three items for the text, best first. */
    List<SearchDocument> search(String text) {
        try {
            return client.search(s -> s.index(INDEX).size(3)
                    .query(q -> q.multiMatch(m -> m.query(text)
                            .fields("name^10", "keywords^3", "departmentName^2", "body"))), SearchDocument.class)
                    .hits().hits().stream().map(Hit::source).filter(Objects::nonNull).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
