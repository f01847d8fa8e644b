package org.virtualhall.search.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.virtualhall.launch.http.Answer;
import org.virtualhall.launch.http.JsonHttp;
import org.virtualhall.search.testing.FixtureIndex;
import org.virtualhall.search.testing.SearchNodeExtension;

@WithSearchApi
class SearchApiTests {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void cluster(DynamicPropertyRegistry registry) {
        registry.add("hall.search.url", () -> {
            FixtureIndex.client();
            return SearchNodeExtension.url().toString();
        });
    }

    @Test
    void searchAnswersTheHallShape() throws Exception {
        Answer response = get("/api/search?q=" + encode("领结婚证") + "&type=item&size=3");
        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("total").asLong()).isPositive();
        assertThat(body.has("tookMs")).isTrue();
        JsonNode top = body.get("hits").get(0);
        assertThat(top.get("name").asText()).isEqualTo("结婚登记");
        assertThat(top.get("type").asText()).isEqualTo("item");
        assertThat(top.get("windows").get(0).asText()).isEqualTo("C01");
        assertThat(top.get("floor").asInt()).isEqualTo(1);
        assertThat(top.has("score")).isTrue();
        assertThat(top.get("highlight").asText()).contains("<em>");
        assertThat(body.get("hits")).hasSizeLessThanOrEqualTo(3);
        assertThat(body.get("fallback").asBoolean()).isFalse();
        assertThat(body.get("suggestions")).isEmpty();
        assertThat(body.has("askOffer")).isFalse();
    }

    @Test
    void aSearchThatMatchesNothingFallsBackSaysSoAndOffersToAsk() throws Exception {
        Answer response = get("/api/search?q=" + encode("gaolingxxxx") + "&type=item");
        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("fallback").asBoolean()).isTrue();
        assertThat(body.get("hits").get(0).get("id").asText()).isEqualTo("MZ008");
        assertThat(body.get("total").asLong()).isPositive();
        assertThat(body.get("suggestions").get(0).asText()).isEqualTo("高龄津贴申领");
        assertThat(body.get("askOffer").get("consultation").asBoolean()).isTrue();
        assertThat(body.get("askOffer").get("guideDesk").asText()).isEqualTo("一楼咨询导办台");
    }

    @Test
    void suggestCompletesWhatIsTyped() throws Exception {
        Answer response = get("/api/suggest?q=" + encode("结婚"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("suggestions").toString()).contains("结婚登记");
    }

    @Nested
    class BadQueries {

        @Test
        void emptyOrMissingQIsRefusedNamingTheField() throws Exception {
            for (String path : new String[] {"/api/search?q=", "/api/search?q=" + encode("  \t "), "/api/search",
                    "/api/suggest?q=" + encode(" ")}) {
                Answer response = get(path);
                assertThat(response.status()).as(path).isEqualTo(400);
                JsonNode error = response.json();
                assertThat(error.get("field").asText()).isEqualTo("q");
                assertThat(error.get("error").asText()).isEqualTo("bad_query");
                assertThat(error.get("reason").asText()).isNotBlank();
            }
        }

        @Test
        void aLongQueryOrControlCharactersStillSearch() throws Exception {
            assertThat(get("/api/search?q=" + encode("身份证".repeat(170))).status()).isEqualTo(200);
            Answer response = get("/api/search?q=" + encode("结婚\u0000登记\u001b[31m\u0007"));
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().get("total").asLong()).isPositive();
            assertThat(get("/api/search?q=" + encode("\"}{[]*?~^:\\/ AND OR")).status()).isEqualTo(200);
        }

        @Test
        void wrongTypeSizeOrFloorNameTheirField() throws Exception {
            assertThat(fieldOf(get("/api/search?q=a&type=desk"))).isEqualTo("type");
            assertThat(fieldOf(get("/api/search?q=a&size=0"))).isEqualTo("size");
            assertThat(fieldOf(get("/api/search?q=a&size=5000"))).isEqualTo("size");
            assertThat(fieldOf(get("/api/search?q=a&floor=two"))).isEqualTo("floor");
        }

        private String fieldOf(Answer response) throws Exception {
            assertThat(response.status()).isEqualTo(400);
            return response.json().get("field").asText();
        }
    }

    private Answer get(String path) throws Exception {
        return JsonHttp.local(port).get(path);
    }

    private static String encode(String text) {
        return JsonHttp.query(text);
    }
}
