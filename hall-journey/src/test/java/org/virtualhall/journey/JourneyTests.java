package org.virtualhall.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.virtualhall.approval.workflow.CaseAction.ACCEPT;
import static org.virtualhall.approval.workflow.CaseAction.APPROVE;
import static org.virtualhall.approval.workflow.CaseAction.COMPLETE;
import static org.virtualhall.approval.workflow.CaseAction.REQUEST_CORRECTION;
import static org.virtualhall.approval.workflow.CaseAction.START_FIRST_REVIEW;
import static org.virtualhall.approval.workflow.CaseAction.START_REVIEW;
import static org.virtualhall.approval.workflow.CaseAction.SUPPLEMENT;
import static org.virtualhall.approval.workflow.CaseAction.VERIFY;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualhall.client.testing.ClientRun;
import org.virtualhall.client.testing.Pixels;
import org.virtualhall.client.testing.XvfbDisplay;
import org.virtualhall.launch.http.Answer;
import org.virtualhall.launch.http.CitizenSignIn;
import org.virtualhall.launch.http.JsonHttp;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.catalog.Material;
import org.virtualhall.model.hall.HallLoader;
import org.virtualhall.model.submission.SubmissionStatus;

/**
 * A citizen's whole journey, across every part and the gap, twice: the 3D client under Xvfb,
 * scripted as the citizen ({@code citizen.script}), searches 身份证丢了, is routed to the windows of
 * 居民身份证补领, opens the window's panel and applies; a window clerk in the approval console (chromium)
 * finds the case by its receipt, accepts it and asks once for every missing material; the citizen sees the
 * request and hands in the materials from the client; the clerk records them and the case is completed; the
 * citizen sees 已办结. The test and the script meet at the script's checkpoints (the test waits for them) and at
 * {@code wait-status} (the script waits for the clerk).
 */
@ExtendWith({HallStackExtension.class, DisplayExtension.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JourneyTests {

    static final String CLERK = "QX0005";
    static final String HEAD = "head-GA";
    static final String ID_NUMBER = "11010519491231002X";
    static final String MOBILE = "13800138000";
    /** A material the clerk asks to be handed in again, besides the required ones that are missing. */
    static final String REDO = "居民户口簿";
    /** The approval system's event when the citizen's 补正材料 arrive from the gateway. */
    static final String SUPPLIED_BY_APPLICANT = "申请人补正材料";

    private final Item item = HallLoader.fromClasspath().item("GA003").orElseThrow();
    private final HallStack stack;
    private final XvfbDisplay display;
    private CitizenSignIn.Session own;

    JourneyTests(HallStack stack, XvfbDisplay display) {
        this.stack = stack;
        this.display = display;
    }


    @Test
    void aCitizenAppliesIsAskedOnceForWhatIsMissingAndSeesTheCaseCompleted() throws Exception {
        Path dir = Path.of("target", "journey", "client").toAbsolutePath();
        try (ClientRun citizen = ClientRun.start(display.display(), dir, script(), Map.of(), stack.clientArgs());
             Clerk clerk = new Clerk(stack)) {
            JsonNode submitted = citizen.awaitCheckpoint("submitted", Duration.ofMinutes(4));
            String receipt = submitted.path("facts").path("wizard.receipt").asText();
            assertThat(receipt).as("receipt shown in the client").isNotBlank();
            assertFoundTheWindowAndApplied(submitted);
            awaitCaseInApproval(receipt);

            clerk.login(CLERK).findCase(receipt).act(ACCEPT, "").act(START_FIRST_REVIEW, "")
                    .act(REQUEST_CORRECTION, "请到窗口或网上补交", REDO);
            assertThat(clerk.state()).isEqualTo("待补正");
            JsonNode seen = awaitClient(citizen, "correction-seen", receipt);
            assertThat(seen.path("facts").path("applications." + receipt).asText()).isEqualTo("CORRECTION_REQUESTED");
            assertThat(ClientRun.captions(seen.path("facts")))
                    .anyMatch(c -> c.contains("有新进展：需补正") && missingMaterials().allMatch(c::contains));

            supplementLeg(citizen, clerk, receipt);

            clerk.act(ACCEPT, "").act(START_FIRST_REVIEW, "").act(VERIFY, "").act(START_REVIEW, "");
            clerk.logout();
            clerk.login(HEAD).reopenCase().act(APPROVE, "同意补领").act(COMPLETE, "");
            assertThat(clerk.state()).isEqualTo("办结");
            assertThat(clerk.events()).contains("一次性告知补正", REDO, CLERK, HEAD);
            Screenshots.keep(clerk.screenshot("journey-case"), "7-console-case");

            ClientRun.Result end = citizen.finish(Duration.ofMinutes(6));
            assertThat(end.exitCode()).as(end.log()).isZero();
            assertCitizenSide(end, receipt);
            assertAuditTrail(receipt);
        }
    }

    /**
     * 补正 across the gap: the client hands in one file per requested material (补交材料); they reach the case,
     * the clerk sees every requested material answered and records 补正材料收齐.
     */
    private void supplementLeg(ClientRun citizen, Clerk clerk, String receipt) throws IOException {
        JsonNode supplied = awaitClient(citizen, "supplied", receipt);
        assertThat(supplied.path("facts").path("supplement." + receipt).asText()).as("supplement id").isNotBlank();
        assertThat(supplied.path("facts").path("supplement.error").isMissingNode()).as("supplement refused").isTrue();
        await("supplement of " + receipt + " on the case").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> JsonHttp.to(stack.approval()).json("/api/cases/" + receipt).findValuesAsText("step"),
                        steps -> steps.contains(SUPPLIED_BY_APPLICANT));
        clerk.reopenCase();
        assertThat(clerk.answeredMaterials()).as("requested materials answered by the supplement")
                .containsExactlyInAnyOrderElementsOf(missingMaterials().toList());
        clerk.act(SUPPLEMENT, "补正材料已收齐");
        assertThat(clerk.state()).isEqualTo("预审");
    }

    /**
     * Waits for the client's checkpoint; when it does not come, the failure's first line says where the receipt
     * stands on each side, which is all a CI summary shows.
     */
    private JsonNode awaitClient(ClientRun citizen, String checkpoint, String receipt) {
        try {
            return citizen.awaitCheckpoint(checkpoint, Duration.ofMinutes(3));
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("client checkpoint " + checkpoint + " not reached; " + whereItStands(receipt), e);
        }
    }

    /**
     * A fresh access token of the citizen's own, from a session of the test's: signed in as the client does (a code by
     * SMS off the stack's outbox) once the mobile may be sent another code (one a minute), then renewed at each use.
     */
    private String citizenToken() {
        CitizenSignIn citizens = stack.citizens();
        own = own == null
                ? await("another SMS code for " + MOBILE).atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(2))
                        .ignoreExceptions().until(() -> citizens.signIn("张三", ID_NUMBER, MOBILE), s -> true)
                : citizens.renew(own);
        return own.token();
    }

    private String whereItStands(String receipt) {
        String outer;
        try {
            String token = citizenToken();
            JsonNode t = JsonHttp.to(stack.outer()).json("/api/submissions/" + receipt, JsonHttp.bearer(token));
            List<String> events = new ArrayList<>();
            t.path("events").forEach(e -> events.add(e.path("at").asText() + " " + e.path("status").asText()));
            outer = t.path("status").asText() + " " + events;
        } catch (RuntimeException | AssertionError e) {
            outer = "unknown (" + e.getMessage() + ")";
        }
        String inside;
        try {
            JsonNode c = JsonHttp.to(stack.approval()).json("/api/cases/" + receipt);
            inside = c.path("state").asText() + " " + c.findValuesAsText("step");
        } catch (RuntimeException | AssertionError e) {
            inside = "unknown (" + e.getMessage() + ")";
        }
        return "outer: " + outer + "; approval: " + inside;
    }

    private void awaitCaseInApproval(String receipt) {
        await("case " + receipt + " in the approval system").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> JsonHttp.to(stack.approval()).json("/api/cases/" + receipt).path("state").asText(), s -> !s.isEmpty());
    }

    /** The client's report at the checkpoint after submitting: the search, the route and the window. */
    private void assertFoundTheWindowAndApplied(JsonNode report) {
        JsonNode facts = report.path("facts");
        assertThat(report.path("hallSource").asText()).as("hall from the stack").startsWith(stack.outer().toString());
        assertThat(facts.path("search.query").asText()).isEqualTo("身份证丢了");
        assertThat(Answer.texts(facts.path("search.hits"))).first().isEqualTo(item.name());
        assertThat(facts.path("search.chosen").asText()).isEqualTo(item.name());
        assertThat(Answer.texts(facts.path("route.windows"))).isEqualTo(item.windows());
        assertThat(ClientRun.captions(report.path("facts"))).contains("到达" + item.windows().get(0) + "窗口");
        assertThat(facts.path("window.open").asText()).isEqualTo(item.windows().get(0));
        assertThat(facts.path("window.item").asText()).isEqualTo(item.code());
        assertThat(facts.path("wizard.step").asInt()).as("wizard at its last step").isEqualTo(3);
    }

    private void assertCitizenSide(ClientRun.Result end, String receipt) throws IOException {
        JsonNode facts = end.facts();
        assertThat(facts.path("wizard.waitingForSignIn").asBoolean()).as("asked to sign in at submitting").isTrue();
        assertThat(facts.path("demoSms.shown").asText()).matches("【演示短信】发往 138\\*\\*\\*\\*8000：验证码 \\d{6}");
        assertThat(facts.path("session").asText()).isEqualTo("signed-in");
        assertThat(facts.path("session.renewals").asInt()).as("the session renewed along the journey (tokens last "
                + HallStack.TOKEN_TTL.toSeconds() + " s)").isPositive();
        assertThat(facts.path("wizard.receipt").asText()).isEqualTo(receipt);
        assertThat(facts.path("applications." + receipt).asText()).isEqualTo("COMPLETED");
        assertThat(end.captions()).anyMatch(c -> c.contains("有新进展：已办结"));
        assertThat(JsonHttp.to(stack.outer()).text("/actuator/prometheus", Map.of()))
                .as("the search went to the outer hall API").containsPattern("uri=\"/api/search\"");

        for (String shot : List.of("correction", "completed")) {
            assertThat(Pixels.of(end.screenshot(shot)).panelShown())
                    .as("my applications panel in " + shot).isTrue();
        }
        assertThat(Pixels.of(end.screenshot("signin")).panelShown())
                .as("the sign-in panel").isTrue();
        String[][] pictures = {{"search", "1-search"}, {"route", "2-route"}, {"window", "3-window"},
                {"wizard", "4-wizard"}, {"signin", "5-signin"}, {"correction", "6-correction"}, {"completed", "8-completed"}};
        for (String[] p : pictures) {
            Screenshots.keep(end.screenshot(p[0]), p[1]);
        }
    }

    /** Every step on both sides of the gap, for this receipt. */
    private void assertAuditTrail(String receipt) {
        JsonNode approval = JsonHttp.to(stack.approval()).json("/api/cases/" + receipt);
        List<String> steps = new ArrayList<>();
        approval.path("events").forEach(e -> steps.add(e.path("step").asText()));
        assertThat(steps).containsSubsequence("收件", ACCEPT.step(), START_FIRST_REVIEW.step(), REQUEST_CORRECTION.step(),
                SUPPLIED_BY_APPLICANT, SUPPLEMENT.step(), ACCEPT.step(), START_FIRST_REVIEW.step(), VERIFY.step(), START_REVIEW.step(),
                APPROVE.step(), COMPLETE.step());
        assertThat(approval.path("state").asText()).isEqualTo("COMPLETED");

        JsonNode outer = await("every step back outside").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> JsonHttp.to(stack.outer()).json("/api/submissions/" + receipt, JsonHttp.bearer(citizenToken())),
                        t -> outerSteps(t).containsAll(steps));
        assertThat(outer.path("status").asText()).isEqualTo("COMPLETED");
        List<SubmissionStatus> statuses = new ArrayList<>();
        outer.path("events").forEach(e -> statuses.add(SubmissionStatus.valueOf(e.path("status").asText())));
        // The gateway stamps 已送达 with its own clock when the load is confirmed; only the case's own events have an order.
        assertThat(statuses).first().isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(statuses).contains(SubmissionStatus.DELIVERED);
        assertThat(statuses.stream().filter(st -> !st.inTransit())).containsSubsequence(SubmissionStatus.ACCEPTED_FOR_PROCESSING,
                SubmissionStatus.CORRECTION_REQUESTED, SubmissionStatus.IN_REVIEW, SubmissionStatus.APPROVED, SubmissionStatus.COMPLETED);
        assertThat(outer.path("events").findValuesAsText("note")).anyMatch(n -> missingMaterials().allMatch(n::contains));

        JsonNode audit = JsonHttp.to(stack.inner()).json("/api/audit/" + receipt);
        assertThat(audit.findValuesAsText("action")).map(a -> a.split("：")[0])
                .containsSubsequence("接收", "装载", "接收补正", "装载补正");
        audit.forEach(row -> {
            assertThat(row.path("actor").asText()).startsWith(ID_NUMBER);
            assertThat(row.path("sha256").asText()).hasSize(64);
            assertThat(row.path("chain").asText()).hasSize(64);
        });
    }

    private static List<String> outerSteps(JsonNode timeline) {
        List<String> out = new ArrayList<>();
        timeline.path("events").forEach(e -> out.add(e.path("step").asText()));
        return out;
    }

    /** What the correction must list: every required material not handed in (none were), and the one to redo. */
    private Stream<String> missingMaterials() {
        return Stream.concat(item.requiredMaterials().stream().map(Material::name), Stream.of(REDO)).distinct();
    }

    private static String script() throws IOException {
        try (InputStream in = JourneyTests.class.getResourceAsStream("/citizen.script")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

}
