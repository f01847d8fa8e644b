package org.virtualhall.approval.hotwords;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.virtualhall.approval.system.InvalidInputException;
import org.virtualhall.approval.system.JsonApi;

/**
 * {@code POST /api/search-stats} from the inner gateway: 热词 counts upserted by day and query, {@code 200
 * {"stored":n}}; 400 naming the field of the first count that cannot be stored, and then nothing is stored.
 */
@RestController
@JsonApi
class SearchTermsApiController {

    private static final int MAX_QUERY = 100;

    private final SearchTerms terms;

    SearchTermsApiController(SearchTerms terms) {
        this.terms = terms;
    }

    @PostMapping("/api/search-stats")
    Map<String, Integer> store(@RequestBody List<SearchTermCount> counts) {
        for (int i = 0; i < counts.size(); i++) {
            check(counts.get(i), "[" + i + "].");
        }
        terms.upsert(counts);
        return Map.of("stored", counts.size());
    }

    private static void check(SearchTermCount c, String at) {
        if (c == null) {
            throw new InvalidInputException(at.substring(0, at.length() - 1), "计数不能为空");
        }
        if (c.day() == null) {
            throw new InvalidInputException(at + "day", "缺少日期");
        }
        if (c.query() == null || c.query().isBlank()) {
            throw new InvalidInputException(at + "query", "缺少检索词");
        }
        if (c.query().length() > MAX_QUERY) {
            throw new InvalidInputException(at + "query", "检索词不超过 " + MAX_QUERY + " 个字符");
        }
        if (c.lastAt() == null) {
            throw new InvalidInputException(at + "lastAt", "缺少最后时间");
        }
        count(c.searches(), at + "searches");
        count(c.zeroResults(), at + "zeroResults");
        count(c.fallbacks(), at + "fallbacks");
        count(c.opened(), at + "opened");
        count(c.applied(), at + "applied");
    }

    private static void count(Long value, String field) {
        if (value == null || value < 0) {
            throw new InvalidInputException(field, "计数应为不小于 0 的整数");
        }
    }
}
