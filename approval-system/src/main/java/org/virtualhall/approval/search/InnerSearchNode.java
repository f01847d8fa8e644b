package org.virtualhall.approval.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.net.URI;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.virtualhall.search.index.SearchClients;

/**
 * The internal network's Elasticsearch node: a client for the console's searches (gives up after seconds, so an
 * unreachable node is a message, not a hung page) and one for indexing (waits for slow bulk requests), and what
 * the last attempt to reach it found.
 */
@Component
class InnerSearchNode implements DisposableBean {

    /** What the last request to the node found; {@code problem} is null once it answered. */
    record State(boolean reachable, String problem) {
    }

    private final URI url;
    private final ElasticsearchClient search;
    private final ElasticsearchClient indexing;
    private static final State NOT_YET = new State(false, "未连接");

    private final AtomicReference<State> state = new AtomicReference<>(NOT_YET);

    InnerSearchNode(SearchSettings settings) {
        this.url = settings.url();
        this.search = SearchClients.create(url);
        this.indexing = SearchClients.forIndexing(url);
    }

    URI url() {
        return url;
    }

    ElasticsearchClient search() {
        return search;
    }

    ElasticsearchClient indexing() {
        return indexing;
    }

    State state() {
        return state.get();
    }

    /** Records how the last request went; true when this changes what is known of the node (worth a line in the log). */
    boolean record(State now) {
        State before = state.getAndSet(now);
        return before == NOT_YET || !before.equals(now);
    }

    @Override
    public void destroy() throws IOException {
        search._transport().close();
        indexing._transport().close();
    }
}
