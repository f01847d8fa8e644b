package org.virtualhall.search.api;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;

/** The client re-indexing uses (longer timeouts); its own type so nothing injects it for searching. */
record IndexingClient(ElasticsearchClient client) implements AutoCloseable {

    @Override
    public void close() throws IOException {
        client.close();
    }
}
