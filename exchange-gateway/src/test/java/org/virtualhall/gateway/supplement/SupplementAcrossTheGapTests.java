package org.virtualhall.gateway.supplement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtualhall.gateway.gap.bundle.BundleCodec;
import org.virtualhall.gateway.gap.bundle.Hmac;
import org.virtualhall.gateway.gap.bundle.SpoolFiles;
import org.virtualhall.gateway.gap.receive.BundleReceiver;
import org.virtualhall.gateway.support.Applicants;
import org.virtualhall.gateway.support.GatewayCluster;
import org.virtualhall.gateway.support.HallClient;
import org.virtualhall.model.submission.Applicant;

/**
 * 补正材料 from the citizen to the case: outer, ferry and inner with real brokers and databases, the approval
 * system's supplement endpoint played by the double. Every refusal outside is a 4xx naming the field and
 * nothing refused crosses; what is accepted reaches the case exactly once, also when a bundle comes twice.
 */
class SupplementAcrossTheGapTests {

    /** Small, so "too big" needs no 10 MB test file. */
    private static final int MAX_MATERIAL_BYTES = 64 * 1024;

    @TempDir
    static Path home;
    static GatewayCluster cluster;
    static HallClient citizen;
    static HallClient inner;

    @BeforeAll
    static void start() throws Exception {
        cluster = new GatewayCluster(home, "--hall.gateway.outer.limits.max-material-bytes=" + MAX_MATERIAL_BYTES).startWithTestHall();
        citizen = cluster.citizenClient();
        inner = cluster.innerClient();
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Test
    void aSupplementCrossesTheGapIntoTheCaseAndTheTimelineShowsIt() throws Exception {
        Applicant a = Applicants.applicant(7001);
        String token = citizen.token(a);
        String receipt = askedToCorrect(a, token);

        Map<String, Object> body = HallClient.goodSupplement("已按告知补齐", "居住证明申请表", "户口簿");
        List<Object> materials = new ArrayList<>((List<?>) body.get("materials"));
        materials.add(HallClient.material("补充说明.txt", "text/plain", "本人现居青溪县".getBytes(StandardCharsets.UTF_8)));
        body.put("materials", materials);
        HallClient.Response r = citizen.supplement(token, receipt, body);

        assertThat(r.status()).as(r.body()).isEqualTo(202);
        assertThat(r.json().get("receipt").asText()).isEqualTo(receipt);
        assertThat(r.json().get("status").asText()).isEqualTo("ACCEPTED");
        String id = r.json().get("supplement").asText();
        assertThat(id).startsWith("BZ");
        JsonNode record = await().atMost(Duration.ofSeconds(60)).until(() -> cluster.approval().supplements().get(id),
                n -> n != null);
        assertThat(record.get("receipt").asText()).isEqualTo(receipt);
        assertThat(record.get("cl").findValuesAsText("mc")).containsExactly("居住证明申请表.pdf", "户口簿.pdf", "补充说明.txt");
        assertThat(record.get("cl").get(0).get("dx").asLong()).isEqualTo(HallClient.PDF.length);
        assertThat(record.get("cl").get(0).get("sha256").asText()).isEqualTo(Hmac.sha256(HallClient.PDF));
        assertThat(record.get("bzsm").asText()).isEqualTo("已按告知补齐");
        assertThat(record.get("ly").asText()).isEqualTo("web");

        JsonNode timeline = citizen.get("/api/submissions/" + receipt, token).json();
        assertThat(timeline.get("status").asText()).isEqualTo("CORRECTION_REQUESTED");
        assertThat(timeline.get("events").findValuesAsText("step")).containsOnlyOnce("已提交补正材料");
        assertThat(timeline.get("events").findValuesAsText("note")).anyMatch(n -> n.contains("户口簿.pdf"));
        await().atMost(Duration.ofSeconds(30)).until(() -> inner.get("/api/audit/" + receipt, null).json()
                .findValuesAsText("action").stream().anyMatch(x -> x.startsWith("装载补正")));
        assertThat(inner.get("/api/audit/" + receipt, null).json().findValuesAsText("action"))
                .anyMatch(x -> x.startsWith("接收补正") && x.contains("户口簿.pdf"));
        assertThat(cluster.approval().supplementPosts(id)).isEqualTo(1);
    }

    @Test
    void aBundleDeliveredTwiceLoadsTheSupplementOnce() throws Exception {
        Applicant a = Applicants.applicant(7002);
        String token = citizen.token(a);
        String receipt = askedToCorrect(a, token);
        String id = citizen.supplement(token, receipt, HallClient.goodSupplement("", "户口簿")).json().get("supplement").asText();
        await().atMost(Duration.ofSeconds(60)).until(() -> cluster.approval().supplements().containsKey(id));

        BundleReceiver receiver = cluster.inner().getBean(BundleReceiver.class);
        long duplicatesBefore = receiver.duplicateBundles();
        Path bundle = archivedBundleWith("sup-" + id);
        SpoolFiles.writeAtomically(home.resolve("gap/inner-in"), bundle.getFileName().toString(), Files.readAllBytes(bundle));
        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.duplicateBundles() > duplicatesBefore);

        assertThat(cluster.approval().supplementPosts(id)).isEqualTo(1);
        assertThat(cluster.approval().duplicateSupplements()).isZero();
    }

    @Test
    void whileTheApprovalSystemIsDownASupplementWaitsAndArrivesOnceWhenItIsBack() throws Exception {
        Applicant a = Applicants.applicant(7003);
        String token = citizen.token(a);
        String receipt = askedToCorrect(a, token);
        cluster.approval().setDown(true);
        try {
            String id = citizen.supplement(token, receipt, HallClient.goodSupplement("", "户口簿")).json()
                    .get("supplement").asText();
            await().atMost(Duration.ofSeconds(60)).until(() -> inner.get("/api/audit/" + receipt, null).json()
                    .findValuesAsText("action").stream().anyMatch(x -> x.startsWith("接收补正")));
            assertThat(cluster.approval().supplements()).doesNotContainKey(id);
            cluster.approval().setDown(false);
            await().atMost(Duration.ofSeconds(60)).until(() -> cluster.approval().supplements().containsKey(id));
            assertThat(cluster.approval().duplicateSupplements()).isZero();
        } finally {
            cluster.approval().setDown(false);
        }
    }

    @Test
    void aSupplementTheCaseNoLongerWaitsForIsQuarantinedAndCanBeReplayed() throws Exception {
        Applicant a = Applicants.applicant(7004);
        String token = citizen.token(a);
        String receipt = askedToCorrect(a, token);
        cluster.approval().correctionDone(receipt);
        String id = citizen.supplement(token, receipt, HallClient.goodSupplement("", "户口簿")).json().get("supplement").asText();

        JsonNode entry = await().atMost(Duration.ofSeconds(60)).until(() -> quarantined(receipt), e -> e != null);
        assertThat(entry.get("kind").asText()).isEqualTo("SUPPLEMENT");
        assertThat(entry.get("reason").asText()).contains("审批系统拒绝", "409");
        assertThat(cluster.approval().supplements()).doesNotContainKey(id);
        assertThat(inner.get("/api/audit/" + receipt, null).json().findValuesAsText("action"))
                .anyMatch(x -> x.startsWith("暂存补正"));
        JsonNode told = await("the citizen told").atMost(Duration.ofSeconds(60))
                .until(() -> citizen.get("/api/submissions/" + receipt, token).json(),
                        t -> t.path("events").findValuesAsText("step").contains("补正材料未被接收"));
        assertThat(told.path("status").asText()).as("a notice leaves the status").isEqualTo("CORRECTION_REQUESTED");
        assertThat(told.toString()).contains("办件不在待补正", "请再次补交");

        cluster.approval().requestCorrection(receipt);
        HallClient.Response replay = inner.post("/api/quarantine/" + entry.get("id").asLong() + "/replay", new byte[0], null);
        assertThat(replay.status()).as(replay.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> cluster.approval().supplements().containsKey(id));
    }

    @Test
    void everyRefusalNamesTheProblemAndNothingRefusedCrosses() throws Exception {
        Applicant a = Applicants.applicant(7005);
        String token = citizen.token(a);
        String receipt = askedToCorrect(a, token);
        String otherToken = citizen.token(Applicants.applicant(7006));
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0};

        List<Refused> refusals = List.of(
                new Refused("no token", null, ok(), 401, "missing_token", "Authorization"),
                new Refused("forged token", "v1.e30.AAAA", ok(), 401, "invalid_token", "Authorization"),
                new Refused("someone else's receipt", otherToken, ok(), 404, "not_found", "receipt"),
                new Refused("no materials", token, Map.of("note", "补交"), 400, "missing_field", "materials"),
                new Refused("unknown field", token, with(ok(), "itemCode", "ZW901"), 400, "unknown_field", "itemCode"),
                new Refused("executable declared as PDF", token,
                        only(HallClient.material("户口簿.pdf", "application/pdf", exe)), 400, "executable_material",
                        "materials[0].base64"),
                new Refused("PNG declared as PDF", token,
                        only(HallClient.material("户口簿.pdf", "application/pdf", png)), 400, "type_mismatch",
                        "materials[0].base64"),
                new Refused("type not allowed", token,
                        only(HallClient.material("户口簿.zip", "application/zip", HallClient.PDF)), 400,
                        "type_not_allowed", "materials[0].contentType"),
                new Refused("path in the file name", token,
                        only(HallClient.material("../户口簿.pdf", "application/pdf", HallClient.PDF)), 400,
                        "unsafe_file_name", "materials[0].name"),
                new Refused("too big", token, only(HallClient.material("户口簿.pdf", "application/pdf",
                        bigPdf(MAX_MATERIAL_BYTES + 1))), 400, "too_large", "materials[0].base64"),
                new Refused("classified marker in the note", token, with(ok(), "note", "附机密文件一份"), 422,
                        "classified_marker", "note"),
                new Refused("classified marker in a text material", token,
                        only(HallClient.material("说明.txt", "text/plain", "绝密：户籍档案".getBytes(StandardCharsets.UTF_8))),
                        422, "classified_marker", "materials[0].base64"),
                new Refused("classified marker in a file name", token,
                        only(HallClient.material("涉密户口簿.pdf", "application/pdf", HallClient.PDF)), 422,
                        "classified_marker", "materials[0].name"),
                new Refused("script in the note", token, with(ok(), "note", "<script>alert(1)</script>"), 400,
                        "markup_not_allowed", "note"),
                new Refused("sensitive word in the note", token, with(ok(), "note", "能否代办假证"), 422,
                        "sensitive_word", "note"),
                new Refused("note too long", token, with(ok(), "note", "说".repeat(501)), 400, "too_long", "note"));

        for (Refused bad : refusals) {
            HallClient.Response r = citizen.supplement(bad.token(), receipt, bad.body());
            assertThat(r.status()).as(bad.what() + ": " + r.body()).isEqualTo(bad.status());
            assertThat(r.json().path("error").asText()).as(bad.what()).isEqualTo(bad.error());
            assertThat(r.json().path("field").asText()).as(bad.what()).isEqualTo(bad.field());
            assertThat(r.json().path("reason").asText()).as(bad.what()).isNotBlank();
        }
        HallClient.Response unknown = citizen.supplement(otherToken, "SB20261123-NOSUCHONE1", ok());
        assertThat(unknown.json().path("error").asText()).as("a stranger cannot tell a foreign receipt from none")
                .isEqualTo("not_found");
        HallClient.Response invalidUtf8 = citizen.post("/api/submissions/" + receipt + "/supplements",
                new byte[] {'{', '"', 'n', 'o', 't', 'e', '"', ':', '"', (byte) 0xC3, '"', '}'}, token);
        assertThat(invalidUtf8.json().path("error").asText()).isEqualTo("invalid_utf8");

        String good = citizen.supplement(token, receipt, ok()).json().get("supplement").asText();
        await().atMost(Duration.ofSeconds(60)).until(() -> cluster.approval().supplements().containsKey(good));
        assertThat(cluster.approval().supplements().values()).filteredOn(s -> receipt.equals(s.get("receipt").asText()))
                .as("only the good supplement crossed").hasSize(1);
        assertThat(citizen.get("/api/submissions/" + receipt, token).json().get("events").findValuesAsText("step"))
                .containsOnlyOnce("已提交补正材料");
    }

    @Test
    void aSubmissionNotWaitingForACorrectionRefusesSupplements() throws Exception {
        Applicant a = Applicants.applicant(7007);
        String token = citizen.token(a);
        String receipt = citizen.submit(token, HallClient.goodSubmission(a)).json().get("receipt").asText();
        HallClient.Response r = citizen.supplement(token, receipt, ok());

        assertThat(r.status()).as(r.body()).isEqualTo(409);
        assertThat(r.json().get("error").asText()).isEqualTo("not_awaiting_correction");
        assertThat(r.json().get("reason").asText()).contains("补正");
        assertThat(citizen.get("/api/submissions/" + receipt, token).json().get("events").findValuesAsText("step"))
                .doesNotContain("已提交补正材料");
    }

    /** Submits, waits until the case is in the approval double, and has the window ask for a correction. */
    private static String askedToCorrect(Applicant a, String token) throws Exception {
        String receipt = citizen.submit(token, HallClient.goodSubmission(a)).json().get("receipt").asText();
        await().atMost(Duration.ofSeconds(60)).until(() -> cluster.approval().cases().containsKey(receipt));
        cluster.approval().requestCorrection(receipt);
        String events = "[{\"id\":\"corr-" + receipt + "\",\"receipt\":\"" + receipt + "\",\"at\":\""
                + Instant.now().plusSeconds(1) + "\",\"status\":\"CORRECTION_REQUESTED\",\"step\":\"一次性告知补正\","
                + "\"note\":\"请一次性补齐以下材料：1. 户口簿（主件，原件1份）；\",\"actor\":\"QX0005\"}]";
        assertThat(inner.post("/api/outbound/events", events.getBytes(StandardCharsets.UTF_8), null).status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> citizen.get("/api/submissions/" + receipt, token).json()
                .get("status").asText().equals("CORRECTION_REQUESTED"));
        return receipt;
    }

    private static Path archivedBundleWith(String envelopeId) throws Exception {
        BundleCodec codec = new BundleCodec(new Hmac(GatewayCluster.GAP_KEY), 64L * 1024 * 1024);
        try (Stream<Path> files = Files.list(home.resolve("inner/gap/archive/submissions"))) {
            for (Path f : files.toList()) {
                if (codec.decode(Files.readAllBytes(f)).envelopes().stream().anyMatch(e -> e.id().equals(envelopeId))) {
                    return f;
                }
            }
        }
        throw new AssertionError("no archived bundle holds " + envelopeId);
    }

    private static JsonNode quarantined(String receipt) throws Exception {
        for (JsonNode e : inner.get("/api/quarantine", null).json()) {
            if (receipt.equals(e.path("receipt").asText())) {
                return e;
            }
        }
        return null;
    }

    private static Map<String, Object> ok() {
        return HallClient.goodSupplement("补交户口簿", "户口簿");
    }

    private static Map<String, Object> only(Map<String, Object> material) {
        return with(ok(), "materials", List.of(material));
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    private static byte[] bigPdf(int size) {
        byte[] data = new byte[size];
        System.arraycopy(HallClient.PDF, 0, data, 0, HallClient.PDF.length);
        return data;
    }

    private record Refused(String what, String token, Map<String, Object> body, int status, String error, String field) {
    }
}
