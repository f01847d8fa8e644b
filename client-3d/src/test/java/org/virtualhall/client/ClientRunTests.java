package org.virtualhall.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.virtualhall.client.testing.Pixels.b;
import static org.virtualhall.client.testing.Pixels.g;
import static org.virtualhall.client.testing.Pixels.r;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.virtualhall.client.api.ApiTypes.Credentials;
import org.virtualhall.client.api.ApiTypes.SubmissionRequest;
import org.virtualhall.client.api.HallApi;
import org.virtualhall.client.radar.RadarFrame;
import org.virtualhall.client.testing.ClientRun;
import org.virtualhall.client.testing.HallApiServer;
import org.virtualhall.client.testing.OnXvfb;
import org.virtualhall.client.testing.Pixels;
import org.virtualhall.client.testing.TestCatalog;
import org.virtualhall.client.ui.ScreenLayout;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.layout.Floor;
import org.virtualhall.model.layout.Point;

/** The real client rendering on Xvfb + Mesa llvmpipe, driven by scripts, checked on its pixels and its report. */
class ClientRunTests extends OnXvfb {

    /** The script lines of an application for the test catalog's 身份证补领, submitted at the end. */
    private static final String APPLY_FOR_ID_CARD = """
            apply GA903
            fill reason 丢失
            fill address 青溪县城关镇人民路1号
            next
            tick all
            next
            submit""";

    @Test
    void withoutServerOrSoundTheHallIsBuiltFromAssetsAndGuidesUpstairs() throws Exception {
        String script = """
                frames 5
                at 1 7 7 -90
                look -90 8
                frames 2
                screenshot sign
                route E05
                walk-route 3
                screenshot route
                walk-route
                screenshot arrived
                close
                route A01
                at 1 50 30 0
                frames 5
                clear-route
                radar-floor 2
                radar-click 30 20
                tour 2
                """;
        ClientRun.Result run = ClientRun.run(display.display(), dir.resolve("offline"), script,
                Map.of("ALSOFT_DRIVERS", "no-such-driver"), "--offline");

        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(run.log()).contains("no sound device");
        JsonNode facts = run.facts();
        assertThat(facts.path("voice.audio").asBoolean()).isFalse();
        assertThat(facts.path("route.arrived").asText()).isEqualTo("E05");
        assertThat(ClientRun.captions(facts)).contains("走楼梯上二楼", "已到达二楼", "到达E05窗口")
                .anyMatch(c -> c.startsWith("这里是一楼A区"));
        assertThat(facts.path("window.open").asText()).isEqualTo("E05");
        assertThat(facts.path("route.reroutes").asInt()).as("re-routed after leaving the route").isPositive();
        assertThat(ClientRun.captions(facts)).contains("已为您重新规划路线");
        assertThat(facts.path("radar.jump").asText()).isEqualTo("2@30,20");

        Pixels sign = Pixels.of(run.screenshot("sign"));
        assertThat(sign.share(500, 290, 280, 95, ClientRunTests::signBlue)).as("sign board").isGreaterThan(0.4);
        assertThat(sign.share(500, 290, 280, 95, ClientRunTests::white)).as("white sign text").isBetween(0.04, 0.4);
        assertThat(sign.share(500, 290, 280, 45, ClientRunTests::gold)).as("gold window number").isGreaterThan(0.03);

        Floor ground = TestCatalog.hall().layout().floor(1).orElseThrow();
        double aspect = TestCatalog.hall().layout().floors().stream().mapToDouble(f -> f.depth() / f.width()).max().orElseThrow();
        RadarFrame frame = RadarFrame.in(ground, ScreenLayout.of(WIDTH, HEIGHT, 1f, false, aspect).radar());
        int top = HEIGHT - (int) (frame.bottom() + frame.heightPixels());
        assertThat(sign.share((int) frame.left() + 60, top + 60, 120, 80, ClientRunTests::radarBackground))
                .as("radar plan at the bottom right").isGreaterThan(0.5);
        var at = frame.toScreen(new Point(7, 7), 0);
        assertThat(sign.share((int) at.x - 10, HEIGHT - (int) at.y - 10, 20, 20, ClientRunTests::playerRed))
                .as("visitor marker on the radar").isGreaterThan(0.05);

        Pixels route = Pixels.of(run.screenshot("route"));
        assertThat(route.share(540, 500, 200, 200, ClientRunTests::routeGreen)).as("route band on the floor").isGreaterThan(0.1);
        assertThat(route.share((int) frame.left(), top, (int) frame.widthPixels(), (int) frame.heightPixels(),
                ClientRunTests::routeGreen)).as("route on the radar").isGreaterThan(0.003);
    }

    @Test
    void aCitizenSearchesWalksAppliesAndHearsAboutProgress() throws Exception {
        try (HallApiServer server = new HallApiServer(TestCatalog.published())) {
            String script = """
                    frames 3
                    search 身份证补领（测试）
                    screenshot search
                    choose 1
                    walk-route
                    item GA903
                    screenshot item
                    apply GA903
                    fill reason 丢失
                    fill address 青溪县城关镇人民路1号
                    next
                    tick all
                    attach %s
                    next
                    submit
                    wait-panel signin
                    signin 张三 11010519491231002X 13800138000
                    wait-submitted 30
                    screenshot receipt
                    wait-status ACCEPTED_FOR_PROCESSING 30
                    my-applications
                    frames 2
                    screenshot applications
                    """.formatted(writeAttachment());
            ClientRun.Result run = ClientRun.run(display.display(), dir.resolve("online"), script, Map.of(),
                    "--server", server.uri().toString(), "--no-audio", "--demo-sms-outbox", server.outbox().toString());

            assertThat(run.exitCode()).as(run.log()).isZero();
            JsonNode facts = run.facts();
            assertThat(facts.path("wizard.waitingForSignIn").asBoolean()).as("asked to sign in at submit").isTrue();
            assertThat(facts.path("demoSms.shown").asText()).matches("【演示短信】发往 138\\*\\*\\*\\*8000：验证码 \\d{6}");
            assertThat(facts.path("session").asText()).isEqualTo("signed-in");
            assertThat(server.searches()).isPositive();
            assertThat(facts.path("search.chosen").asText()).contains("居民身份证补领");
            // 热词 feedback: the item opened from the search, then the application for it (sent before the run ended)
            String searched = "身份证补领（测试） " + TestCatalog.ID_CARD_REISSUE;
            assertThat(server.searchFeedback()).extracting(f -> f.path("query").asText() + " " + f.path("itemCode").asText()
                    + " " + f.path("action").asText()).containsExactly(searched + " opened", searched + " applied");
            assertThat(facts.path("route.arrived").asText()).isEqualTo("A03");
            String receipt = facts.path("wizard.receipt").asText();
            assertThat(receipt).startsWith("R");
            assertThat(facts.path("applications." + receipt).asText()).isEqualTo("ACCEPTED_FOR_PROCESSING");
            assertThat(ClientRun.captions(facts)).anyMatch(c -> c.contains("有新进展：已受理"));
            assertThat(Pixels.of(run.screenshot("applications")).panelShown())
                    .as("my applications panel").isTrue();
        }
    }

    @Test
    void aCitizenSeesTheCorrectionRequestAndHandsInTheMaterials() throws Exception {
        String note = "请一次性补齐以下材料：1. 户口簿（主件，原件1份：本人户口簿）；2. 近期免冠照片（附件，原件1份）；";
        try (HallApiServer server = new HallApiServer(TestCatalog.published()).withCorrection(note)) {
            String photo = writeAttachment();
            String script = """
                    frames 3
                    signin 张三 11010519491231002X 13800138000
                    %s
                    wait-status CORRECTION_REQUESTED 30
                    my-applications
                    frames 2
                    screenshot correction
                    supplement-attach 近期免冠照片 %s
                    supplement
                    wait-status COMPLETED 30
                    my-applications
                    frames 2
                    screenshot completed
                    """.formatted(APPLY_FOR_ID_CARD, photo);
            ClientRun.Result run = ClientRun.run(display.display(), dir.resolve("correction"), script, Map.of(),
                    "--server", server.uri().toString(), "--no-audio", "--demo-sms-outbox", server.outbox().toString());

            assertThat(run.exitCode()).as(run.log()).isZero();
            JsonNode facts = run.facts();
            String receipt = facts.path("wizard.receipt").asText();
            assertThat(facts.path("applications." + receipt + ".correction")).extracting(JsonNode::asText)
                    .containsExactly("户口簿", "近期免冠照片");
            assertThat(facts.path("supplement." + receipt).asText()).isNotBlank();
            assertThat(facts.path("applications." + receipt).asText()).isEqualTo("COMPLETED");
            assertThat(server.supplements()).hasSize(1);
            JsonNode handedIn = server.supplements().get(0);
            assertThat(handedIn.path("receipt").asText()).isEqualTo(receipt);
            assertThat(handedIn.path("materials").findValuesAsText("name")).containsExactly("户口簿.pdf", "近期免冠照片.png");
            assertThat(handedIn.path("materials").get(1).path("contentType").asText()).isEqualTo("image/png");
            assertThat(ClientRun.captions(facts)).anyMatch(c -> c.contains("有新进展：需补正") && c.contains("户口簿"))
                    .contains("补正材料已提交，共2份，请等待窗口审核")
                    .anyMatch(c -> c.contains("有新进展：已办结"));

            Pixels shown = Pixels.of(run.screenshot("correction"));
            assertThat(shown.panelShown()).as("my applications panel").isTrue();
            // The two lines of the note in the accent colour under the panel's title, the submission's line and its latest step.
            int noteTop = HEIGHT - (int) ClientRun.rect(facts.path("screen.panel")).top() + 92;
            assertThat(shown.share(30, noteTop, 600, 40, ClientRunTests::accent)).as("the correction note in the accent colour")
                    .isGreaterThan(0.002);
            assertThat(Pixels.of(run.screenshot("completed")).share(30, noteTop, 600, 40, ClientRunTests::accent))
                    .as("no correction note once completed").isLessThan(0.0005);
        }
    }

    @Test
    void aHallFetchedOnceOpensWithoutTheNetworkUnderABannerSayingWhen() throws Exception {
        Path home = dir.resolve("kept");
        Map<String, String> env = Map.of("XDG_CACHE_HOME", home.resolve("cache").toString(),
                "XDG_CONFIG_HOME", home.resolve("config").toString());
        String script = "frames 3\nscreenshot hud\n";
        String address;
        ClientRun.Result online;
        try (HallApiServer county = new HallApiServer(TestCatalog.published())) {
            address = county.uri().toString();
            online = ClientRun.run(display.display(), dir.resolve("kept-online"), script, env, "--server", address,
                    "--no-audio");
        }
        ClientRun.Result offline = ClientRun.run(display.display(), dir.resolve("kept-offline"), script, env,
                "--server", address, "--no-audio");

        assertThat(online.exitCode()).as(online.log()).isZero();
        assertThat(online.report().path("offlineBanner").isNull()).isTrue();
        assertThat(offline.exitCode()).as(offline.log()).isZero();
        assertThat(offline.report().path("hallVersion").asText()).isEqualTo(TestCatalog.hall().version());
        Path kept;
        try (var files = Files.list(home.resolve("cache/virtual-hall"))) {
            kept = files.filter(f -> f.getFileName().toString().endsWith(".json")).findFirst().orElseThrow();
        }
        Instant fetched = Instant.parse(HallJson.wire().readTree(kept.toFile()).path("fetchedAt").asText());
        String banner = "离线模式 · 大厅资料更新于 "
                + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(fetched.atZone(ZoneId.systemDefault()));
        assertThat(offline.report().path("offlineBanner").asText()).isEqualTo(banner);
        assertThat(offline.facts().path("hud.offlineBanner").asText()).isEqualTo(banner);
        assertThat(Pixels.of(offline.screenshot("hud")).share(30, 26, 300, 20, ClientRunTests::offlineAmber))
                .as("the amber 离线 banner at the top left").isGreaterThan(0.4);
        assertThat(Pixels.of(online.screenshot("hud")).share(30, 26, 300, 20, ClientRunTests::offlineAmber))
                .as("no banner online").isLessThan(0.01);
    }

    @Test
    void theSessionOutlivesARestartIsRenewedAndOnceRevokedTheCitizenIsAskedToSignInAgain() throws Exception {
        try (HallApiServer server = new HallApiServer(TestCatalog.published()).withTokenLife(Duration.ofSeconds(8))) {
            Path config = dir.resolve("kept-config");
            Map<String, String> env = Map.of("XDG_CONFIG_HOME", config.toString());
            String[] args = {"--server", server.uri().toString(), "--no-audio", "--demo-sms-outbox", server.outbox().toString()};
            Credentials li = new Credentials("李四", "110105195001010019", "13900139000");
            String theirs = new HallApi(server.uri(), Duration.ofSeconds(5)).submit(new SubmissionRequest(TestCatalog.ID_CARD_REISSUE,
                    li, Map.of("reason", "丢失"), List.of()), server.signIn(li), UUID.randomUUID().toString()).receipt();
            ClientRun.Result first = ClientRun.run(display.display(), dir.resolve("first"), """
                    frames 3
                    signin 张三 11010519491231002X 13800138000
                    %s
                    """.formatted(APPLY_FOR_ID_CARD), env, args);
            assertThat(first.exitCode()).as(first.log()).isZero();
            String receipt = first.facts().path("wizard.receipt").asText();
            Path kept = config.resolve("virtual-hall").resolve("session.json");
            assertThat(kept).exists();

            try (ClientRun second = ClientRun.start(display.display(), dir.resolve("second"), """
                    frames 3
                    wait-fact session signed-in 30
                    my-applications
                    frames 2
                    screenshot restored
                    lookup %s
                    lookup R99999999
                    wait-fact session.renewals 2 30
                    checkpoint renewed
                    wait-fact session expired 60
                    wait-panel signin 10
                    frames 2
                    screenshot expired
                    """.formatted(theirs), env, args)) {
                second.awaitCheckpoint("renewed", Duration.ofMinutes(3));
                server.revokeSessions();
                ClientRun.Result end = second.finish(Duration.ofMinutes(3));

                assertThat(end.exitCode()).as(end.log()).isZero();
                JsonNode facts = end.facts();
                assertThat(facts.path("applications." + receipt).asText()).as("restored from the server").isNotEmpty();
                assertThat(facts.path("applications." + receipt + ".item").asText()).isEqualTo("居民身份证补领（测试）");
                assertThat(facts.path("applications." + theirs).isMissingNode()).as("someone else's not listed").isTrue();
                assertThat(facts.path("lookup." + theirs).asText()).isEqualTo("没有找到这笔申报");
                assertThat(facts.path("lookup.R99999999").asText()).isEqualTo("没有找到这笔申报");
                assertThat(ClientRun.captions(facts)).contains("登录已过期，请重新登录");
                assertThat(facts.path("panel").asText()).isEqualTo("signin");
                assertThat(server.renewals()).isGreaterThanOrEqualTo(2);
                assertThat(kept).as("an ended session is not kept").doesNotExist();
                assertThat(Pixels.of(end.screenshot("expired")).panelShown())
                        .as("the sign-in panel").isTrue();
            }
        }
    }

    @Test
    void aPromptIsPlayedThroughOpenAl() throws Exception {
        Path wav = dir.resolve("openal-out.wav");
        Path conf = dir.resolve("alsoft.conf");
        Files.writeString(conf, "[general]\ndrivers = wave\n[wave]\nfile = " + wav + "\n");
        ClientRun.Result run = ClientRun.run(display.display(), dir.resolve("audio"), """
                frames 3
                say 到达A12窗口
                wait-voice
                wait 1
                """, Map.of("ALSOFT_CONF", conf.toString(), "ALSOFT_DRIVERS", "wave"), "--offline");

        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(run.facts().path("voice.audio").asBoolean()).isTrue();
        assertThat(run.facts().path("voice.played").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(peakAmplitude(wav)).as("loudest sample written by OpenAL").isGreaterThan(2000);
    }

    private static String writeAttachment() throws IOException {
        Path file = Files.createTempFile("hukou", ".png");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0});
        file.toFile().deleteOnExit();
        return file.toString();
    }

    /** The loudest 16-bit sample after the WAV header (OpenAL Soft's wave backend writes 16-bit PCM). */
    private static int peakAmplitude(Path wav) throws IOException {
        ByteBuffer data = ByteBuffer.wrap(Files.readAllBytes(wav)).order(ByteOrder.LITTLE_ENDIAN);
        int peak = 0;
        for (int i = 44; i + 1 < data.limit(); i += 2) {
            peak = Math.max(peak, Math.abs(data.getShort(i)));
        }
        return peak;
    }

    static boolean signBlue(int c) {
        return b(c) > 110 && b(c) < 170 && r(c) < 60 && g(c) > 55 && g(c) < 110;
    }

    private static boolean white(int c) {
        return r(c) > 200 && g(c) > 200 && b(c) > 200;
    }

    private static boolean gold(int c) {
        return r(c) > 200 && g(c) > 170 && b(c) < 130;
    }

    private static boolean radarBackground(int c) {
        return b(c) > r(c) + 15 && r(c) < 120;
    }

    private static boolean playerRed(int c) {
        return r(c) > 200 && g(c) < 110 && b(c) < 110;
    }

    private static boolean routeGreen(int c) {
        return g(c) > 150 && g(c) > r(c) + 50 && g(c) > b(c) + 20;
    }

    private static boolean accent(int c) {
        return r(c) > 220 && g(c) > 180 && b(c) < 130;
    }

    private static boolean offlineAmber(int c) {
        return r(c) > 180 && g(c) > 70 && g(c) < 140 && b(c) < 60;
    }
}
