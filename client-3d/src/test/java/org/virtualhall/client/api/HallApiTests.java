package org.virtualhall.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtualhall.client.api.ApiTypes.Credentials;
import org.virtualhall.client.api.ApiTypes.SubmissionRequest;
import org.virtualhall.client.testing.HallApiServer;
import org.virtualhall.client.testing.TestCatalog;
import org.virtualhall.launch.process.FreePorts;

class HallApiTests {

    private static final Credentials ZHANG = new Credentials("张三", "11010519491231002X", "13800138000");
    private static final SubmissionRequest ID_CARD_LOST = new SubmissionRequest(TestCatalog.ID_CARD_REISSUE, ZHANG,
            Map.of("reason", "丢失"), List.of());

    private static HallApiServer server;
    private static HallApi api;

    @BeforeAll
    static void startServer() throws Exception {
        server = new HallApiServer(TestCatalog.published());
        api = new HallApi(server.uri(), Duration.ofSeconds(5));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @TempDir
    Path cacheDir;

    @Test
    void theHallComesFromTheServerAndPassesTheChecks() {
        HallSourceSelector.LoadedHall loaded = HallSourceSelector.at(cacheDir).load(server.uri(), api);

        assertThat(loaded.online()).isTrue();
        assertThat(loaded.banner()).isNull();
        assertThat(loaded.hall().item(TestCatalog.ID_CARD_REISSUE)).isPresent();
        assertThat(loaded.source()).isEqualTo(server.uri().toString());
    }

    @Test
    void withoutAServerOrAKeptHallTheHallComesFromAssetsAndSaysSo() throws Exception {
        URI address = URI.create("http://127.0.0.1:" + FreePorts.next() + "/");
        HallApi nowhere = new HallApi(address, Duration.ofSeconds(1));

        HallSourceSelector.LoadedHall loaded = HallSourceSelector.at(cacheDir).load(address, nowhere);

        assertThat(loaded.online()).isFalse();
        assertThat(loaded.source()).startsWith("内置大厅数据").contains("无法连接服务器");
        assertThat(loaded.banner()).isEqualTo("离线模式 · 使用内置的示例大厅资料");
        assertThat(loaded.hall().windows()).isNotEmpty();
    }

    @Test
    void theHallLastFetchedIsOpenedWhenItsServerIsGoneWithTheTimeItWasFetched() throws Exception {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        Clock fetching = Clock.fixed(Instant.parse("2026-12-06T06:30:00Z"), zone);
        URI address;
        try (HallApiServer county = new HallApiServer(TestCatalog.published())) {
            address = county.uri();
            HallSourceSelector.LoadedHall online = new HallSourceSelector(new HallCache(cacheDir), fetching)
                    .load(address, new HallApi(address, Duration.ofSeconds(5)));
            assertThat(online.online()).isTrue();
        }
        HallSourceSelector later = new HallSourceSelector(new HallCache(cacheDir), Clock.system(zone));

        HallSourceSelector.LoadedHall unreachable = later.load(address, new HallApi(address, Duration.ofSeconds(1)));
        HallSourceSelector.LoadedHall offline = later.load(address, null);

        for (HallSourceSelector.LoadedHall kept : List.of(unreachable, offline)) {
            assertThat(kept.online()).isFalse();
            assertThat(kept.banner()).isEqualTo("离线模式 · 大厅资料更新于 2026-12-06 14:30");
            assertThat(kept.hall().version()).isEqualTo(TestCatalog.hall().version());
            assertThat(kept.hall().item(TestCatalog.ID_CARD_REISSUE)).isPresent();
        }
        assertThat(unreachable.source()).contains(address.toString()).contains("无法连接服务器");
        URI other = URI.create("http://127.0.0.1:" + FreePorts.next() + "/");
        assertThat(later.load(other, null).banner()).as("another hall's copy is not this one").contains("内置");
    }

    @Test
    void aKeptHallThatCannotBeReadIsPassedOver() throws Exception {
        URI address = URI.create("https://hall.example.gov.cn/");
        HallCache cache = new HallCache(cacheDir);
        Files.writeString(cache.file(address), "{\"server\": \"https://hall.example.gov.cn/\", \"hall\": [");

        HallSourceSelector.LoadedHall loaded = new HallSourceSelector(cache, Clock.systemUTC()).load(address, null);

        assertThat(loaded.banner()).isEqualTo("离线模式 · 使用内置的示例大厅资料");
    }

    @Test
    void searchFindsAnItemWithItsWindows() {
        ApiTypes.SearchResult result = api.search("身份证补领（测试）", 5);

        assertThat(result.hits()).extracting(ApiTypes.SearchHit::id).contains(TestCatalog.ID_CARD_REISSUE);
        assertThat(result.hits().get(0).windows()).containsExactly("A03");
    }

    @Test
    void aSubmissionGetsAReceiptAndItsStatusMovesOn() {
        String token = api.token(ZHANG).token();
        ApiTypes.Receipt receipt = api.submit(ID_CARD_LOST, token, UUID.randomUUID().toString());

        assertThat(receipt.status()).isEqualTo("ACCEPTED");
        assertThat(api.status(receipt.receipt(), token).status()).isEqualTo("DELIVERED");
        ApiTypes.SubmissionView later = api.status(receipt.receipt(), token);
        assertThat(later.status()).isEqualTo("ACCEPTED_FOR_PROCESSING");
        assertThat(later.events()).hasSize(3);
    }

    @Test
    void aSubmissionWhoseAnswerWasLostIsRepeatedWithItsKeyAndMakesOneApplication() throws Exception {
        try (HallApiServer losing = new HallApiServer(TestCatalog.published()).losingAnswers(2)) {
            HallApi hall = new HallApi(losing.uri(), Duration.ofSeconds(5));
            String token = hall.token(ZHANG).token();

            ApiTypes.Receipt receipt = hall.submit(ID_CARD_LOST, token, UUID.randomUUID().toString());

            assertThat(receipt.receipt()).isEqualTo("R20260001");
            assertThat(losing.applications()).isEqualTo(1);
        }
    }

    @Test
    void aSubmissionThatKeepsFailingIsReportedAfterItsTries() throws Exception {
        try (HallApiServer losing = new HallApiServer(TestCatalog.published()).losingAnswers(10)) {
            HallApi hall = new HallApi(losing.uri(), Duration.ofSeconds(5));
            String token = hall.token(ZHANG).token();

            assertThatThrownBy(() -> hall.submit(ID_CARD_LOST, token, UUID.randomUUID().toString()))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(503));
            assertThat(losing.applications()).isEqualTo(1);
        }
    }

    @Test
    void anErrorBodyBecomesAnExceptionNamingTheField() {
        assertThatThrownBy(() -> api.token(new Credentials("张三", "123", "13800138000")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.field()).isEqualTo("idNumber");
                    assertThat(e.getMessage()).isEqualTo("身份证号码不正确");
                });
    }

    @Test
    void materialsForACorrectionAreHandedInOnlyWhileOneIsAsked() throws Exception {
        try (HallApiServer correcting = new HallApiServer(TestCatalog.published()).withCorrection("请一次性补齐以下材料：1. 户口簿（主件）；")) {
            HallApi hall = new HallApi(correcting.uri(), Duration.ofSeconds(5));
            String token = hall.token(ZHANG).token();
            String receipt = hall.submit(ID_CARD_LOST, token, UUID.randomUUID().toString()).receipt();
            ApiTypes.SupplementRequest supplement = new ApiTypes.SupplementRequest(
                    List.of(new ApiTypes.Upload("户口簿.pdf", "application/pdf", "JVBERi0=")), "");

            assertThatThrownBy(() -> hall.supplement(receipt, supplement, token)).isInstanceOf(ApiException.class)
                    .hasMessageContaining("不需要补正");
            assertThat(hall.status(receipt, token).status()).isEqualTo("DELIVERED");
            ApiTypes.SubmissionView asked = hall.status(receipt, token);
            assertThat(asked.status()).isEqualTo("CORRECTION_REQUESTED");
            assertThat(asked.events().get(asked.events().size() - 1).status()).isEqualTo("CORRECTION_REQUESTED");

            ApiTypes.SupplementReceipt handedIn = hall.supplement(receipt, supplement, token);

            assertThat(handedIn.receipt()).isEqualTo(receipt);
            assertThat(handedIn.supplement()).isNotBlank();
            assertThat(correcting.supplements()).hasSize(1);
            assertThat(correcting.supplements().get(0).path("materials").get(0).path("name").asText()).isEqualTo("户口簿.pdf");
        }
    }
}
