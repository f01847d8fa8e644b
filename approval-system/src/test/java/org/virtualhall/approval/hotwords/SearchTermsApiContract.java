package org.virtualhall.approval.hotwords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.virtualhall.launch.http.Answer;
import org.virtualhall.launch.http.JsonHttp;
import org.virtualhall.model.json.HallJson;

/** POST /api/search-stats (热词 counts from the inner gateway) and the 热词 list, run against each store by its subclasses. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class SearchTermsApiContract {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final Instant AT = Instant.parse("2026-12-06T02:00:00Z");

    @LocalServerPort
    int port;
    @Autowired
    SearchTerms terms;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void countsAreUpsertedAndARepeatOrAnOlderCountChangesNothing() {
        String q = tag + "开饭馆";
        assertThat(post(List.of(count(TODAY, q, 3, 1, 3, 0, 0, AT))).status()).isEqualTo(200);
        Answer again = post(List.of(count(TODAY, q, 3, 1, 3, 0, 0, AT)));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().path("stored").asInt()).isEqualTo(1);
        post(List.of(count(TODAY, q, 2, 1, 2, 0, 0, AT.minusSeconds(60))));
        assertThat(mine()).containsExactly(new HotWord(q, 3, 1, 3, 0, 0, AT));

        post(List.of(count(TODAY, q, 5, 1, 4, 1, 1, AT.plusSeconds(60))));
        assertThat(mine()).containsExactly(new HotWord(q, 5, 1, 4, 1, 1, AT.plusSeconds(60)));
    }

    @Test
    void badCountsAreRefusedNamingTheFieldAndNothingOfTheCallIsStored() {
        Answer negative = post(List.of(count(TODAY, tag + "好的", 1, 1, 1, 0, 0, AT), count(TODAY, tag + "坏的", -1, 0, 0, 0, 0, AT)));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().path("field").asText()).isEqualTo("[1].searches");
        assertThat(mine()).isEmpty();

        Map<String, Object> noQuery = count(TODAY, "", 1, 0, 0, 0, 0, AT);
        assertThat(post(List.of(noQuery)).json().path("field").asText()).isEqualTo("[0].query");
        Map<String, Object> noDay = count(TODAY, tag, 1, 0, 0, 0, 0, AT);
        noDay.remove("day");
        assertThat(post(List.of(noDay)).json().path("field").asText()).isEqualTo("[0].day");
        assertThat(post(List.of(count(TODAY, "长".repeat(101), 1, 0, 0, 0, 0, AT))).json().path("field").asText())
                .isEqualTo("[0].query");
        Answer notJson = JsonHttp.local(port).post("/api/search-stats", "day=today".getBytes());
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.json().path("error").asText()).isEqualTo("unreadable");
    }

    @Test
    void theListHasQueriesThatFoundNothingOnlyFallbacksOrThatNobodyOpenedMostSearchedFirstOverTheDaysAsked() {
        post(List.of(
                count(TODAY, tag + "无结果", 2, 1, 1, 1, 0, AT),
                count(TODAY, tag + "兜底", 6, 0, 6, 2, 0, AT),
                count(TODAY, tag + "无人打开", 4, 0, 0, 0, 0, AT),
                count(TODAY.minusDays(1), tag + "无人打开", 1, 0, 0, 0, 0, AT.minusSeconds(86_400)),
                count(TODAY, tag + "找到了", 9, 0, 0, 3, 1, AT),
                count(TODAY.minusDays(40), tag + "很久以前", 50, 50, 50, 0, 0, AT.minusSeconds(40 * 86_400))));

        assertThat(mine()).extracting(HotWord::query, HotWord::searches, HotWord::why).containsExactly(
                tuple(tag + "兜底", 6L, "仅兜底结果"),
                tuple(tag + "无人打开", 5L, "无人打开"),
                tuple(tag + "无结果", 2L, "无结果"));
    }

    @Test
    void aMinimumCountLeavesOutTheQueriesSearchedLessOftenOverTheDaysAsked() {
        post(List.of(
                count(TODAY, tag + "常见", 7, 7, 7, 0, 0, AT),
                count(TODAY, tag + "两天凑够", 3, 3, 3, 0, 0, AT),
                count(TODAY.minusDays(1), tag + "两天凑够", 2, 2, 2, 0, 0, AT.minusSeconds(86_400)),
                count(TODAY, tag + "偶尔", 4, 4, 4, 0, 0, AT)));

        assertThat(mine(5)).extracting(HotWord::query).containsExactly(tag + "常见", tag + "两天凑够");
        assertThat(mine(1)).hasSize(3);
    }

    private List<HotWord> mine() {
        return mine(1);
    }

    private List<HotWord> mine(long minSearches) {
        return terms.unserved(TODAY.minusDays(29), minSearches, 10_000).stream().filter(w -> w.query().startsWith(tag)).toList();
    }

    private Answer post(List<Map<String, Object>> counts) {
        return JsonHttp.local(port, HallJson.wire()).post("/api/search-stats", counts);
    }

    private static Map<String, Object> count(LocalDate day, String query, long searches, long zero, long fallbacks,
                                             long opened, long applied, Instant lastAt) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("day", day.toString());
        c.put("query", query);
        c.put("searches", searches);
        c.put("zeroResults", zero);
        c.put("fallbacks", fallbacks);
        c.put("opened", opened);
        c.put("applied", applied);
        c.put("lastAt", lastAt.toString());
        return c;
    }
}
