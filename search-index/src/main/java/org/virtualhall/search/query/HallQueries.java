package org.virtualhall.search.query;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.QueryBuilders;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The hall's ranking. The official name counts most (with synonyms applied by its search
 * analyzer), then its pinyin and initials (same-sound wrong characters such as 身分证 meet the
 * right ones there), then character pairs of the name, then keywords, department, and last the
 * materials and procedure text. Edit tolerance on typed pinyin (jiehundenji) is the expensive
 * part, so it is a second stage: see {@link SearchService}.
 */
final class HallQueries {

    private HallQueries() {
    }

    /** @param fuzzy whether typed pinyin gets edit tolerance (Chinese text meets same-sound typos exactly) */
    static Query search(SearchQuery query, boolean fuzzy) {
        String q = query.text();
        Query byName = match("name", q, 10);
        Query byPinyin = Query.of(m -> m.match(t -> {
            t.field("name.pinyin").query(q).boost(5f);
            return fuzzy ? t.fuzziness("AUTO").prefixLength(1) : t;
        }));
        Query byInitials = match("name.initials", q, 5);
        Query byPairs = Query.of(m -> m.match(t -> t.field("name.bigram").query(q).boost(4f)
                .minimumShouldMatch("50%")));
        Query byKeywords = match("keywords", q, 3);
        Query byDepartment = match("departmentName", q, 2);
        Query byBody = match("body", q, 1);
        List<Query> filters = new ArrayList<>();
        query.dept().ifPresent(d -> filters.add(QueryBuilders.term(t -> t.field("department").value(d))));
        query.floor().ifPresent(f -> filters.add(QueryBuilders.term(t -> t.field("floor").value(f))));
        return Query.of(b -> b.bool(bool -> bool
                .should(byName, byPinyin, byInitials, byPairs, byKeywords, byDepartment, byBody)
                .minimumShouldMatch("1")
                .filter(filters)));
    }

    /** What the highlighter marks: the words of the name (pinyin has no offsets to show). */
    static Query highlight(String text) {
        return match("name", text, 1);
    }

    /** Only typed pinyin and initials can have typos that the exact clauses miss. */
    static boolean mayNeedFuzzy(String text) {
        return isLatin(text);
    }

    /** Type-ahead: the name so far, in characters, pinyin or initials. */
    static Query suggest(String text) {
        String latin = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        List<Query> should = new ArrayList<>();
        should.add(Query.of(m -> m.matchPhrasePrefix(p -> p.field("name").query(text).boost(3f))));
        should.add(Query.of(m -> m.match(t -> t.field("name.bigram").query(text).operator(Operator.And).boost(2f))));
        should.add(match("name", text, 1));
        if (!latin.isEmpty()) {
            should.add(Query.of(m -> m.prefix(p -> p.field("name.pinyin").value(latin).boost(2f))));
            should.add(Query.of(m -> m.prefix(p -> p.field("name.initials").value(latin).boost(2f))));
        }
        return Query.of(b -> b.bool(bool -> bool.should(should).minimumShouldMatch("1")));
    }

    private static boolean isLatin(String text) {
        return text.chars().allMatch(c -> c < 0x2E80);
    }

    private static Query match(String field, String text, float boost) {
        return Query.of(m -> m.match(t -> t.field(field).query(text).boost(boost)));
    }
}
