package org.virtualhall.search.testing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.virtualhall.search.index.CatalogIndex;
import org.virtualhall.search.index.IndexProgress;
import org.virtualhall.search.index.SearchClients;

/** The test catalog indexed once per run in the shared node, with the synonyms from assets. */
public final class FixtureIndex {

    private static ElasticsearchClient client;

    private FixtureIndex() {
    }

    public static synchronized ElasticsearchClient client() {
        if (client == null) {
            client = SearchClients.create(SearchNodeExtension.url());
            try {
                new CatalogIndex(client, null).rebuild(TestCatalog.hall(), IndexProgress.SILENT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return client;
    }
}
