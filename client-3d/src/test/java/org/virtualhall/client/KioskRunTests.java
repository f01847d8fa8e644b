package org.virtualhall.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.virtualhall.client.kiosk.KioskSettings;
import org.virtualhall.client.kiosk.OperatorPin;
import org.virtualhall.client.testing.ClientRun;
import org.virtualhall.client.testing.HallApiServer;
import org.virtualhall.client.testing.OnXvfb;
import org.virtualhall.client.testing.TestCatalog;
import org.virtualhall.model.hall.Hall;
import org.virtualhall.model.hall.HallLoader;
import org.virtualhall.model.json.HallJson;

/**
 * The client as a self-service terminal ({@code --kiosk}) on Xvfb: full screen, the on-screen keyboard, Esc and the
 * window's close request refused, the idle tour and the visit reset (driven by the script's idle clock, not by waiting),
 * and the operator's PIN.
 */
class KioskRunTests extends OnXvfb {

    private static final String CITIZEN = "张测试";

    @Test
    void aVisitIsResetAfterTheIdleTimeAndOnlyTheOperatorsPinEndsTheKiosk() throws Exception {
        Path run = dir.resolve("visit");
        Path config = run.resolve("config");
        Path kioskFile = config.resolve("virtual-hall").resolve(KioskSettings.FILE);
        Files.createDirectories(kioskFile.getParent());
        Files.writeString(kioskFile, "pin-sha256=" + OperatorPin.hash("4711") + "\nidle-tour=60\nreset-after=120\n");
        String script = """
                frames 3
                osk shenfenzheng 1
                osk-search
                screenshot keyboard
                checkpoint searched
                apply GA003
                fill address %1$s家青溪县城关镇人民路1号
                signin-fill %1$s 11010519491231002X 13800138000
                route A03
                press ESCAPE
                close-window
                frames 3
                checkpoint alive
                idle-advance 61
                frames 3
                checkpoint touring
                osk shen
                idle-advance 60
                frames 3
                screenshot reset
                checkpoint reset
                press CTRL+ALT+SHIFT+Q
                pin 1234
                checkpoint refused
                pin 4711
                frames 600
                """.formatted(CITIZEN);
        try (ClientRun client = ClientRun.start(display.display(), run, script, Map.of(), "--kiosk", "--offline", "--no-audio")) {
            JsonNode searched = client.awaitCheckpoint("searched", Duration.ofSeconds(180)).path("facts");
            assertThat(searched.path("search.query").asText()).as("typed on the on-screen keyboard").isEqualTo("身份证");
            assertThat(texts(searched.path("search.hits"))).contains("居民身份证补领");

            JsonNode alive = client.awaitCheckpoint("alive", Duration.ofSeconds(60));
            assertThat(alive.path("size").asText()).as("full screen at the display's size").isEqualTo(WIDTH + "x" + HEIGHT);
            assertThat(alive.path("facts").path("panel").asText()).as("Esc closed the wizard").isEqualTo("none");
            assertThat(alive.path("facts").path("kiosk.closeRefused").asInt()).isPositive();

            JsonNode touring = client.awaitCheckpoint("touring", Duration.ofSeconds(60)).path("facts");
            assertThat(touring.path("tour.started").asInt()).isEqualTo(1);

            JsonNode reset = client.awaitCheckpoint("reset", Duration.ofSeconds(60));
            JsonNode after = reset.path("facts").path("kiosk.afterReset");
            assertThat(reset.path("facts").path("kiosk.resets").asInt()).isEqualTo(1);
            assertThat(after.path("panel").asText()).isEqualTo("null");
            assertThat(after.path("searchText").asText()).isEmpty();
            assertThat(after.path("wizardDraft").asBoolean()).isFalse();
            assertThat(after.path("route").asBoolean()).isFalse();
            assertThat(after.path("tour").asBoolean()).isFalse();
            assertThat(after.path("applications").asInt()).isZero();
            assertThat(after.path("signedIn").asBoolean()).isFalse();
            assertThat(reset.path("facts").path("voice.captions")).as("captions cleared").isEmpty();
            Hall hall = HallLoader.fromClasspath();
            assertThat(reset.path("floor").asInt()).isEqualTo(1);
            assertThat(reset.path("x").asDouble()).isEqualTo(hall.layout().entrance().x());
            assertThat(reset.path("y").asDouble()).isEqualTo(hall.layout().entrance().y());
            assertThat(personalFiles(config, run.resolve("cache"))).as("nothing of the citizen on disk").isEmpty();
            try (Stream<Path> files = Files.walk(config)) {
                assertThat(files.filter(Files::isRegularFile)).containsExactly(kioskFile);
            }

            JsonNode refused = client.awaitCheckpoint("refused", Duration.ofSeconds(60)).path("facts");
            assertThat(refused.path("kiosk.operator").asText()).isEqualTo("asked");
            assertThat(refused.path("kiosk.pinRefused").asInt()).isEqualTo(1);
            assertThat(refused.path("panel").asText()).isEqualTo("operator");

            ClientRun.Result end = client.finish(Duration.ofSeconds(60));
            assertThat(end.exitCode()).as(end.log()).isZero();
            assertThat(end.log()).contains("the operator left kiosk mode");
        }
    }

    @Test
    void theResetSignsTheCitizenOutAtTheServerAndTheKioskKeepsNoSession() throws Exception {
        try (HallApiServer server = new HallApiServer(TestCatalog.published())) {
            Path run = dir.resolve("signed-in");
            String script = """
                    frames 3
                    signin %s 11010519491231002X 13800138000
                    checkpoint signed-in
                    idle-advance 301
                    frames 3
                    idle-advance 600
                    wait-fact session.signedOutAtServer 1 60
                    checkpoint reset
                    """.formatted(CITIZEN);
            try (ClientRun client = ClientRun.start(display.display(), run, script, Map.of(), "--kiosk", "--no-audio",
                    "--kiosk-idle-tour", "300", "--kiosk-reset-after", "900", "--server", server.uri().toString(),
                    "--demo-sms-outbox", server.outbox().toString())) {
                JsonNode signedIn = client.awaitCheckpoint("signed-in", Duration.ofSeconds(180)).path("facts");
                assertThat(signedIn.path("session").asText()).isEqualTo("signed-in");
                assertThat(personalFiles(run.resolve("config"), run.resolve("cache"))).as("a kiosk keeps no session").isEmpty();

                JsonNode reset = client.awaitCheckpoint("reset", Duration.ofSeconds(120)).path("facts");
                assertThat(reset.path("kiosk.resets").asInt()).isEqualTo(1);
                assertThat(reset.path("kiosk.afterReset").path("signedIn").asBoolean()).isFalse();
                assertThat(reset.path("session").asText()).isEqualTo("signed-out");
                assertThat(server.signOuts()).as("signed out at the server too").isEqualTo(1);
                assertThat(reset.path("voice.captions")).as("nothing said of the citizen who left").isEmpty();
                assertThat(personalFiles(run.resolve("config"), run.resolve("cache"))).isEmpty();

                ClientRun.Result end = client.finish(Duration.ofSeconds(60));
                assertThat(end.exitCode()).as(end.log()).isZero();
            }
        }
    }

    @Test
    void withoutAPinEscTheCloseButtonAndTheOperatorKeyLeaveTheKioskOpen() throws Exception {
        String script = """
                frames 3
                press ESCAPE
                close-window
                press CTRL+ALT+SHIFT+Q
                frames 3
                """;
        ClientRun.Result run = ClientRun.run(display.display(), dir.resolve("no-pin"), script, Map.of(),
                "--kiosk", "--offline", "--no-audio", "--kiosk-idle-tour", "30", "--kiosk-reset-after", "90");

        assertThat(run.exitCode()).as(run.log()).isZero();
        JsonNode facts = run.facts();
        assertThat(run.report().path("checkpoint").asText()).as("the script ran to its end").isEqualTo("end");
        assertThat(facts.path("scriptFailed").asBoolean()).isFalse();
        assertThat(facts.path("kiosk.pinConfigured").asBoolean()).isFalse();
        assertThat(facts.path("kiosk.closeRefused").asInt()).isPositive();
        assertThat(facts.path("kiosk.operator").asText()).isEqualTo("no-pin");
        assertThat(facts.path("panel").isMissingNode() || "none".equals(facts.path("panel").asText())).isTrue();
        assertThat(run.log()).contains("reset after 90 s idle").contains("no operator PIN is configured");
    }

    private static List<String> texts(JsonNode array) {
        return HallJson.wire().convertValue(array, HallJson.wire().getTypeFactory().constructCollectionType(List.class, String.class));
    }

    /** Files under these folders that hold the citizen's name or what they typed. */
    private static List<Path> personalFiles(Path... folders) throws Exception {
        List<Path> found = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.exists(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                    if (text.contains(CITIZEN) || text.contains("13800138000")) {
                        found.add(f);
                    }
                }
            }
        }
        return found;
    }
}
