package org.virtualhall.client.search;

import com.jme3.app.Application;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.virtualhall.client.api.HallApi;
import org.virtualhall.client.core.HallAppState;
import org.virtualhall.client.core.HallEvents.ApplicationSubmitted;
import org.virtualhall.client.core.HallEvents.ItemFromSearch;
import org.virtualhall.client.core.HallEvents.VisitReset;

/**
 * 热词 feedback: tells the hall when a citizen opens an item from a search's results ({@code opened}) and when they
 * apply for an item they reached from a search ({@code applied}), so staff see which words found nothing useful. Best
 * effort, off the render thread: a failure is only logged and never reaches the citizen.
 */
public final class SearchFeedbackState extends HallAppState {

    private static final Logger LOG = Logger.getLogger(SearchFeedbackState.class.getName());

    /** The query each item was last reached from, until the visit ends. */
    private final Map<String, String> reachedBy = new ConcurrentHashMap<>();

    @Override
    protected void initialize(Application app) {
        on(ItemFromSearch.class, e -> {
            reachedBy.put(e.itemCode(), e.query());
            send(e.query(), e.itemCode(), "opened");
        });
        on(ApplicationSubmitted.class, e -> {
            String query = reachedBy.remove(e.itemCode());
            if (query != null) {
                send(query, e.itemCode(), "applied");
            }
        });
        on(VisitReset.class, e -> reachedBy.clear());
    }

    private void send(String query, String itemCode, String action) {
        HallApi api = context().api();
        if (api == null || query.isBlank()) {
            return;
        }
        CompletableFuture.runAsync(() -> api.searchFeedback(query, itemCode, action)).whenComplete((ok, error) -> {
            if (error != null) {
                LOG.info("search feedback (" + action + ") not sent: " + error.getMessage());
            }
        });
    }
}
