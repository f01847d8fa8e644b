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
import org.virtualhall.client.api.ApiTypes.SignInRequest;
import org.virtualhall.client.api.ApiTypes.SubmissionRequest;
import org.virtualhall.client.testing.HallApiServer;
import org.virtualhall.client.testing.TestCatalog;
import org.virtualhall.launch.http.SmsOutbox;
import org.virtualhall.launch.process.FreePorts;

class HallApiTests {

    private static final Credentials ZHANG = new Credentials("张三", "11010519491231002X", "13800138000");
    private static final Credentials LI = new Credentials("李四", "110105195001010019", "13900139000");
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
    void idleConnectionsAreGivenUpBeforeTheServersCloseThem() {
        assertThat(Integer.getInteger(HallApi.IDLE_SECONDS_PROPERTY)).as("seconds an idle connection is kept")
                .isPositive().isLessThan(60);
    }

    @Test
    void searchFeedbackIsPostedWithoutTheCitizenAndARefusalIsAnApiException() {
        api.searchFeedback("身份证丢了", TestCatalog.ID_CARD_REISSUE, "opened");

        assertThat(server.searchFeedback()).anySatisfy(f -> {
            assertThat(f.path("query").asText()).isEqualTo("身份证丢了");
            assertThat(f.path("itemCode").asText()).isEqualTo(TestCatalog.ID_CARD_REISSUE);
            assertThat(f.path("action").asText()).isEqualTo("opened");
            assertThat(f.size()).as("nothing about the person").isEqualTo(3);
        });
        assertThatThrownBy(() -> api.searchFeedback("身份证丢了", TestCatalog.ID_CARD_REISSUE, "liked"))
                .isInstanceOf(ApiException.class).hasMessageContaining("action");
    }

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
        String token = server.signIn(ZHANG);
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
            String token = losing.signIn(ZHANG);

            ApiTypes.Receipt receipt = hall.submit(ID_CARD_LOST, token, UUID.randomUUID().toString());

            assertThat(receipt.receipt()).isEqualTo("R20260001");
            assertThat(losing.applications()).isEqualTo(1);
        }
    }

    @Test
    void aSubmissionThatKeepsFailingIsReportedAfterItsTries() throws Exception {
        try (HallApiServer losing = new HallApiServer(TestCatalog.published()).losingAnswers(10)) {
            HallApi hall = new HallApi(losing.uri(), Duration.ofSeconds(5));
            String token = losing.signIn(ZHANG);

            assertThatThrownBy(() -> hall.submit(ID_CARD_LOST, token, UUID.randomUUID().toString()))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(503));
            assertThat(losing.applications()).isEqualTo(1);
        }
    }

    @Test
    void anErrorBodyBecomesAnExceptionNamingTheField() {
        assertThatThrownBy(() -> api.signIn(new SignInRequest("张三", "123", "13800138000", "123456")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.error()).isEqualTo("invalid_id_number");
                    assertThat(e.field()).isEqualTo("idNumber");
                    assertThat(e.getMessage()).isEqualTo("身份证号码不正确");
                });
    }

    @Test
    void theServerOffersTheSmsCodeAndTheCountdownFollowsItsClock() {
        ApiTypes.CodeSent sent = api.smsCode("13700137000");

        assertThat(api.methods().sms()).isTrue();
        assertThat(api.methods().oidcEnabled()).isFalse();
        assertThat(sent.resendIn()).isBetween(Duration.ofSeconds(59), Duration.ofSeconds(61));
        assertThat(sent.validFor()).isBetween(Duration.ofSeconds(298), Duration.ofSeconds(301));
    }

    @Test
    void aWrongCodeIsRefusedNamingTheCodeField() {
        api.smsCode(LI.mobile());
        String right = new SmsOutbox(server.outbox()).takeCode(LI.mobile()).orElseThrow();
        String wrong = right.equals("000000") ? "111111" : "000000";

        assertThatThrownBy(() -> api.signIn(new SignInRequest(LI.name(), LI.idNumber(), LI.mobile(), wrong)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.error()).isEqualTo("invalid_code");
                    assertThat(e.field()).isEqualTo("code");
                });
    }

    @Test
    void aRefreshTokenGivesTheNextTokensOnceAndSigningOutEndsTheSession() {
        api.smsCode(ZHANG.mobile());
        String code = new SmsOutbox(server.outbox()).takeCode(ZHANG.mobile()).orElseThrow();
        ApiTypes.Session first = api.signIn(new SignInRequest(ZHANG.name(), ZHANG.idNumber(), ZHANG.mobile(), code));

        ApiTypes.Session next = api.refresh(first.refreshToken());

        assertThat(next.token()).isNotEqualTo(first.token());
        assertThat(next.expiresAt()).isAfter(java.time.Instant.now());
        assertThatThrownBy(() -> api.refresh(first.refreshToken())).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.error()).isEqualTo("revoked"));
        api.signOut(next.token());
        assertThatThrownBy(() -> api.mySubmissions(next.token(), 0, 20)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.status()).isEqualTo(401));
    }

    @Test
    void theListHasOnlyOnesOwnAndSomeoneElsesReceiptIsNotFoundLikeAnUnknownOne() {
        String zhang = server.signIn(ZHANG);
        String li = server.signIn(LI);
        String mine = api.submit(ID_CARD_LOST, zhang, UUID.randomUUID().toString()).receipt();
        String theirs = api.submit(new SubmissionRequest(TestCatalog.ID_CARD_REISSUE, LI, Map.of("reason", "丢失"), List.of()),
                li, UUID.randomUUID().toString()).receipt();

        ApiTypes.MySubmissions list = api.mySubmissions(zhang, 0, 50);

        assertThat(list.items()).extracting(ApiTypes.MySubmission::receipt).contains(mine).doesNotContain(theirs);
        assertThat(list.items().get(0).lastEvent().step()).isEqualTo("已申报");
        ApiException someoneElses = catchApi(() -> api.status(theirs, zhang));
        ApiException unknown = catchApi(() -> api.status("R99999999", zhang));
        assertThat(someoneElses.status()).isEqualTo(404);
        assertThat(someoneElses.getMessage().replace(theirs, "?")).isEqualTo(unknown.getMessage().replace("R99999999", "?"));
    }

    private static ApiException catchApi(Runnable call) {
        try {
            call.run();
        } catch (ApiException e) {
            return e;
        }
        throw new AssertionError("no ApiException");
    }
}
