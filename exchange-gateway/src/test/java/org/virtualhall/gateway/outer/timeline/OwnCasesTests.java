package org.virtualhall.gateway.outer.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.virtualhall.gateway.feedback.OutboundEvent;
import org.virtualhall.gateway.outer.hall.HallCatalog;
import org.virtualhall.gateway.support.Applicants;
import org.virtualhall.gateway.support.AuthApi;
import org.virtualhall.gateway.support.GatewayCluster;
import org.virtualhall.gateway.support.HallClient;
import org.virtualhall.gateway.support.TestHall;
import org.virtualhall.launch.http.SmsOutbox;
import org.virtualhall.model.submission.Applicant;
import org.virtualhall.model.submission.SubmissionStatus;

/**
 * A case belongs to the verified person, on a real outer role: a citizen lists and reads only their own submissions,
 * and someone else's receipt is answered exactly like one that does not exist, wherever a receipt is asked for.
 */
@ExtendWith(OutputCaptureExtension.class)
class OwnCasesTests {

    static final String UNKNOWN = "SB20260101-2222222222";

    @TempDir
    static Path home;
    static ConfigurableApplicationContext outer;
    static HallClient client;
    static final Applicant OWNER = Applicants.applicant(40_001);
    static final Applicant OTHER = Applicants.applicant(40_002);
    static String ownerToken;
    static String otherToken;
    static final List<String> OWNERS = new ArrayList<>();
    static String othersReceipt;

    @BeforeAll
    static void start() throws Exception {
        outer = GatewayCluster.runRole("outer", home, "http://127.0.0.1:9", List.of(
                "--logging.structured.format.console=ecs", "--logging.level.org.virtualhall.gateway=INFO"));
        outer.getBean(HallCatalog.class).publish(TestHall.withTestItems(), Instant.now());
        client = GatewayCluster.citizenClient(outer);
        ownerToken = client.token(OWNER);
        otherToken = client.token(OTHER);
        for (int i = 0; i < 3; i++) {
            OWNERS.add(receipt(client.submit(ownerToken, HallClient.goodSubmission(OWNER))));
        }
        othersReceipt = receipt(client.submit(otherToken, HallClient.goodSubmission(OTHER)));
    }

    @AfterAll
    static void stop() {
        outer.close();
    }

    @Test
    void myListHasOnlyMySubmissionsNewestFirstWithTheirItemStatusAndLastStep() throws Exception {
        outer.getBean(TimelineStore.class).apply(new OutboundEvent("ev-1", OWNERS.get(0), Instant.now(),
                SubmissionStatus.CORRECTION_REQUESTED, "一次性告知补正", "请补交户口簿", "inner-gateway"));

        JsonNode mine = ok(client.get("/api/submissions", ownerToken));
        assertThat(mine.path("total").asLong()).isEqualTo(3);
        assertThat(mine.path("page").asInt()).isZero();
        assertThat(mine.path("size").asInt()).isEqualTo(20);
        assertThat(mine.path("items").findValuesAsText("receipt")).containsExactly(OWNERS.get(2), OWNERS.get(1), OWNERS.get(0));
        JsonNode oldest = mine.path("items").get(2);
        assertThat(oldest.path("itemCode").asText()).isEqualTo(TestHall.ITEM);
        assertThat(oldest.path("itemName").asText()).isEqualTo("居住证明开具（测试）");
        assertThat(oldest.path("status").asText()).isEqualTo("CORRECTION_REQUESTED");
        assertThat(oldest.path("lastEvent").path("step").asText()).isEqualTo("一次性告知补正");
        assertThat(oldest.path("lastEvent").path("note").asText()).isEqualTo("请补交户口簿");
        assertThat(Instant.parse(oldest.path("submittedAt").asText())).isBefore(Instant.now());
        JsonNode newest = mine.path("items").get(0);
        assertThat(newest.path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(newest.path("lastEvent").path("step").asText()).isEqualTo("已申报");

        assertThat(ok(client.get("/api/submissions", otherToken)).path("items").findValuesAsText("receipt"))
                .containsExactly(othersReceipt);
    }

    @Test
    void theListComesInPages() throws Exception {
        JsonNode first = ok(client.get("/api/submissions?page=0&size=2", ownerToken));
        JsonNode second = ok(client.get("/api/submissions?page=1&size=2", ownerToken));

        assertThat(first.path("total").asLong()).isEqualTo(3);
        assertThat(first.path("items").findValuesAsText("receipt")).containsExactly(OWNERS.get(2), OWNERS.get(1));
        assertThat(second.path("items").findValuesAsText("receipt")).containsExactly(OWNERS.get(0));
        assertThat(client.get("/api/submissions?size=0", ownerToken).json().path("field").asText()).isEqualTo("size");
        assertThat(client.get("/api/submissions?size=51", ownerToken).status()).isEqualTo(400);
        assertThat(client.get("/api/submissions?page=-1", ownerToken).json().path("field").asText()).isEqualTo("page");
        assertThat(client.get("/api/submissions?page=x", ownerToken).json().path("field").asText()).isEqualTo("page");
    }

    @Test
    void someoneElsesReceiptIsAnsweredLikeOneThatDoesNotExist() throws Exception {
        String mine = OWNERS.get(0);
        assertThat(client.get("/api/submissions/" + mine, ownerToken).status()).isEqualTo(200);

        assertSameAsUnknown(client.get("/api/submissions/" + mine, otherToken),
                client.get("/api/submissions/" + UNKNOWN, otherToken), mine);
        Map<String, Object> supplement = HallClient.goodSupplement("补交", "户口簿");
        assertSameAsUnknown(client.supplement(otherToken, mine, supplement), client.supplement(otherToken, UNKNOWN, supplement),
                mine);
        assertSameAsUnknown(client.supplement(otherToken, OWNERS.get(1), supplement),
                client.supplement(otherToken, UNKNOWN, supplement), OWNERS.get(1));
    }

    @Test
    void nobodyAppliesInSomeoneElsesName() throws Exception {
        HallClient.Response r = client.submit(otherToken, HallClient.goodSubmission(OWNER));

        assertThat(r.status()).as(r.body()).isEqualTo(403);
        assertThat(r.json().path("field").asText()).isEqualTo("applicant.idNumber");
        assertThat(ok(client.get("/api/submissions", ownerToken)).path("total").asLong()).isEqualTo(3);
    }

    @Test
    void someoneWhoKnowsTheOwnersNameIdNumberAndMobileReadsNothing() throws Exception {
        AuthApi auth = new AuthApi(GatewayCluster.baseUrl(outer));
        assertThat(auth.token(OWNER, null, "192.0.2.66").status()).as("no token without the code").isEqualTo(400);
        Applicant withOwnPhone = new Applicant(OWNER.name(), OWNER.idNumber(), "13700000777");
        assertThat(auth.smsCode(withOwnPhone.mobile(), "192.0.2.66").status()).isEqualTo(202);
        String code = new SmsOutbox(home.resolve("outer/sms-outbox.jsonl")).takeCode(withOwnPhone.mobile()).orElseThrow();
        assertThat(auth.token(withOwnPhone, code, "192.0.2.66").json().path("error").asText()).isEqualTo("mobile_mismatch");

        String[] own = client.token(Applicants.applicant(40_666)).split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(own[1]), StandardCharsets.UTF_8)
                .replace(Applicants.idNumber(40_666), OWNER.idNumber());
        String forged = own[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + own[2];
        for (String path : List.of("/api/submissions", "/api/submissions/" + OWNERS.get(0))) {
            HallClient.Response r = client.get(path, forged);
            assertThat(r.status()).as(r.body()).isEqualTo(401);
            assertThat(r.json().path("error").asText()).isEqualTo("invalid_token");
        }
    }

    @Test
    void aRefusedReceiptIsInTheLogLine(CapturedOutput output) throws Exception {
        client.get("/api/submissions/" + OWNERS.get(2), otherToken);

        assertThat(output.getOut().lines().filter(l -> l.contains("refused: not_found")))
                .anyMatch(l -> l.contains("\"receipt\":\"" + OWNERS.get(2) + "\""));
    }

    private static void assertSameAsUnknown(HallClient.Response someoneElses, HallClient.Response unknown, String receipt) {
        assertThat(someoneElses.status()).as(someoneElses.body()).isEqualTo(404).isEqualTo(unknown.status());
        assertThat(someoneElses.body().replace(receipt, "R")).isEqualTo(unknown.body().replace(UNKNOWN, "R"));
        assertThat(someoneElses.json().path("field").asText()).isEqualTo("receipt");
    }

    private static String receipt(HallClient.Response accepted) {
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        return accepted.json().path("receipt").asText();
    }

    private static JsonNode ok(HallClient.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }
}
