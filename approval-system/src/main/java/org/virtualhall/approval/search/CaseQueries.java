package org.virtualhall.approval.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How staff find a case: its receipt or item code as typed, the applicant's ID number (compared masked, as the
 * index holds it), the applicant's name (every character, or its pinyin), the item's name with the hall's synonyms
 * (身份证丢了 finds the cases of 居民身份证补领), its pinyin and initials, the window, the state (待补正).
 */
final class CaseQueries {

    private CaseQueries() {
    }

    /**
     * Staff often type several things at once (身份证 上官婉儿): the exact values (receipt, item code, window, state,
     * ID number) and the applicant's name are compared per word typed, the item's name against the whole text.
     */
    static Query search(String text) {
        List<Query> should = new ArrayList<>(List.of(
                match("itemName", text, 6),
                match("itemName.pinyin", text, 3),
                Query.of(q -> q.match(m -> m.field("itemName.bigram").query(text).minimumShouldMatch("50%").boost(2f)))));
        if (isLatin(text)) {
            should.add(match("itemName.initials", text, 3));
        }
        for (String word : text.split("\\s+")) {
            String upper = word.toUpperCase(Locale.ROOT);
            should.addAll(List.of(
                    term("receipt", word, 20),
                    term("itemCode", upper, 10),
                    term("window", upper, 5),
                    term("stateLabel", word, 5),
                    // every character of the name typed: 王 alone would find every 王
                    Query.of(q -> q.match(m -> m.field("applicantName").query(word).operator(Operator.And).boost(8f))),
                    match("applicantName.pinyin", word, 4)));
            if (IdMask.isId(upper)) {
                should.add(term("applicantId", IdMask.mask(upper), 20));
            }
        }
        return Query.of(q -> q.bool(b -> b.should(should).minimumShouldMatch("1")));
    }

    private static boolean isLatin(String text) {
        return text.chars().allMatch(c -> c < 0x2E80);
    }

    private static Query term(String field, String value, float boost) {
        return Query.of(q -> q.term(t -> t.field(field).value(value).boost(boost)));
    }

    private static Query match(String field, String text, float boost) {
        return Query.of(q -> q.match(m -> m.field(field).query(text).boost(boost)));
    }
}
