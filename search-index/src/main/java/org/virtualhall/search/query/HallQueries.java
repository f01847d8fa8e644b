package org.virtualhall.search.query;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.QueryBuilders;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The hall's ranking. The official name counts most (with synonyms applied by its search
 * analyzer), then the item's everyday names (aliases: 俗称 such as 低保, 老人钱) — an alias sounded out
 * whole (fangchanzheng, fcz for 房产证) above one that only contains the sound — then the pinyin and
 * initials of both (same-sound wrong characters such as 身分证 meet the right ones there) and of the
 * synonym list's colloquial words that name the item (qianhuji for 迁户籍), then
 * character pairs, then the words' synonyms from 同义词词林 (下岗 → 失业), keywords, department, and
 * last the materials and procedure text. Edit tolerance on typed pinyin (jiehundenji) is the
 * expensive part, so it is a second stage; the fallback to the closest items by characters and
 * syllables is a third: see {@link SearchService}.
 */
final class HallQueries {

    private HallQueries() {
    }

    /** @param fuzzy whether typed pinyin gets edit tolerance (Chinese text meets same-sound typos exactly) */
    static Query search(SearchQuery query, boolean fuzzy) {
        String q = query.text();
        List<Query> should = new ArrayList<>(List.of(
                match("name", q, 10),
                match("aliases", q, 8),
                match("aliases.sound", q, 6),
                pinyin("name.pinyin", q, 5, fuzzy),
                pinyin("aliases.pinyin", q, 4, fuzzy),
                pinyin("colloquial", q, 3, fuzzy),
                pairs("name.bigram", q, 4),
                pairs("aliases.bigram", q, 3),
                match("keywords", q, 3),
                match("departmentName", q, 2),
                match("body", q, 1)));
        if (isLatin(q)) {
            // initials only mean something typed: the initials of Chinese text (津贴 → jt) meet unrelated words (剧团)
            should.addAll(List.of(
                    match("aliases.sound_initials", q, 6),
                    match("name.initials", q, 5),
                    match("aliases.initials", q, 4),
                    match("colloquial.initials", q, 3)));
        } else {
            should.addAll(List.of(related("name", q, 2), related("aliases", q, 2)));
        }
        return filtered(query, should);
    }

    /**
     * The closest items when nothing matched the words: every character and every pinyin syllable
     * (within one letter) the text shares with a name or an everyday name counts, so 老人qain or a
     * phrase in other words still leads somewhere.
     */
    static Query closest(SearchQuery query) {
        String q = query.text();
        return filtered(query, List.of(
                match("name.chars", q, 2),
                match("aliases.chars", q, 2),
                pinyin("name.syllables", q, 1, true),
                pinyin("aliases.syllables", q, 1, true)));
    }

    /** The given items (by code), for a text that is close to nothing at all. */
    static Query ids(SearchQuery query, List<String> codes) {
        List<FieldValue> values = codes.stream().map(FieldValue::of).toList();
        return filtered(query, List.of(Query.of(q -> q.terms(t -> t.field("id").terms(v -> v.value(values))))));
    }

    private static Query filtered(SearchQuery query, List<Query> should) {
        List<Query> filters = new ArrayList<>();
        query.dept().ifPresent(d -> filters.add(QueryBuilders.term(t -> t.field("department").value(d))));
        query.floor().ifPresent(f -> filters.add(QueryBuilders.term(t -> t.field("floor").value(f))));
        return Query.of(b -> b.bool(bool -> bool.should(should).minimumShouldMatch("1").filter(filters)));
    }

    private static Query pinyin(String field, String text, float boost, boolean fuzzy) {
        return Query.of(m -> m.match(t -> {
            t.field(field).query(text).boost(boost);
            return fuzzy ? t.fuzziness("AUTO").prefixLength(1) : t;
        }));
    }

    private static Query pairs(String field, String text, float boost) {
        return Query.of(m -> m.match(t -> t.field(field).query(text).boost(boost).minimumShouldMatch("50%")));
    }

    /** The words and their 同义词词林 synonyms (the analyzer hall_text_related), weighted below the words as typed. */
    private static Query related(String field, String text, float boost) {
        return Query.of(m -> m.match(t -> t.field(field).query(text).analyzer("hall_text_related").boost(boost)));
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
