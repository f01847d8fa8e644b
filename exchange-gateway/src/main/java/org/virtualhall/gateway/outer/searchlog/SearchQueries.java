package org.virtualhall.gateway.outer.searchlog;

import java.util.Locale;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.search.query.QueryText;

/** A query as 热词 count it: cleaned as the search API cleans it, in lower case (SFZ and sfz are one query). */
@Component
@Profile("outer")
class SearchQueries {

    private final QueryText text;

    SearchQueries(QueryText hallQueryText) {
        this.text = hallQueryText;
    }

    /** The normalised query; throws the search API's own refusal for an empty one. */
    String normalise(String raw) {
        return text.clean(raw).toLowerCase(Locale.ROOT);
    }
}
