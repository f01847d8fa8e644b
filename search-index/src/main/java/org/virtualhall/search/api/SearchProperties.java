package org.virtualhall.search.api;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.virtualhall.search.query.AskOffer;

/**
 * {@code hall.search.*}: the cluster and the limits of the search API.
 *
 * @param url            the Elasticsearch cluster (the node that ./hall up starts listens on 9200)
 * @param synonymsFile   the administrator's synonym file; unset = the list shipped in assets
 * @param maxQueryLength longer queries are cut to this many characters
 * @param defaultSize    hits when the caller gives no size
 * @param maxSize        the most hits one call may ask for
 * @param suggestSize    suggestions per type-ahead call
 * @param cache          the API's cache of answers to repeated queries
 * @param ask            the person a search that found nothing sends the citizen to
 */
@ConfigurationProperties("hall.search")
public record SearchProperties(@DefaultValue("http://127.0.0.1:9200") URI url,
                               Path synonymsFile,
                               @DefaultValue("100") int maxQueryLength,
                               @DefaultValue("10") int defaultSize,
                               @DefaultValue("50") int maxSize,
                               @DefaultValue("8") int suggestSize,
                               @DefaultValue Cache cache,
                               @DefaultValue Ask ask) {

    /**
     * {@code hall.search.cache.*}.
     *
     * @param enabled       off = every query goes to Elasticsearch
     * @param maxEntries    answers kept (least recently used go first), per cache (search, suggest)
     * @param checkInterval how often the aliases are read; an alias swap empties the cache within one interval
     */
    public record Cache(@DefaultValue("true") boolean enabled,
                        @DefaultValue("10000") int maxEntries,
                        @DefaultValue("1s") Duration checkInterval) {
    }

    /**
     * {@code hall.search.ask.*}: the person a citizen is offered when search falls back.
     *
     * @param consultation whether the hall takes questions (咨询) from the search page
     * @param guideDesk    the guide desk to walk to, as the hall calls it
     */
    public record Ask(@DefaultValue("true") boolean consultation, @DefaultValue("一楼咨询导办台") String guideDesk) {

        AskOffer offer() {
            return new AskOffer(consultation, guideDesk);
        }
    }
}
