package org.virtualhall.search.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualhall.search.query.SearchHit;
import org.virtualhall.search.query.SearchService;
import org.virtualhall.search.testing.FixtureIndex;
import org.virtualhall.search.testing.SearchNodeExtension;

/**
 * The tuning half of the citizen queries as a regression test: what ranking and aliases were tuned
 * to must stay found. (The held-out half is measured by ./hall bench search only, never here.)
 */
@ExtendWith(SearchNodeExtension.class)
class CitizenRelevanceTests {

    /** Measured 99.5 % when tuning ended; one situation (让老人一直住这套房) is still missed. */
    private static final double TOP3_FLOOR = 0.97;

    @Test
    void theTuningHalfFindsItsItemsInTheTopThreeAndNeverNothing() {
        SearchService service = new SearchService(FixtureIndex.client());
        List<String> misses = new ArrayList<>();
        Map<String, Relevance.Rate> rates = Relevance.measure(BenchQuery.load(BenchQuery.CITIZEN_TUNING),
                q -> SearchBench.items(service, q, SearchHit::id), misses);
        Relevance.Rate all = rates.get("all");
        assertThat(all.queries()).isGreaterThanOrEqualTo(150);
        assertThat(all.top3Rate()).as("top-3 rate; misses: %s", misses).isGreaterThanOrEqualTo(TOP3_FLOOR);
        assertThat(all.zeroResults()).as("queries answered with nothing").isZero();
    }
}
