package org.virtualhall.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.virtualhall.approval.workflow.CaseAction.ACCEPT;
import static org.virtualhall.approval.workflow.CaseAction.APPROVE;
import static org.virtualhall.approval.workflow.CaseAction.COMPLETE;
import static org.virtualhall.approval.workflow.CaseAction.START_FIRST_REVIEW;
import static org.virtualhall.approval.workflow.CaseAction.START_REVIEW;
import static org.virtualhall.approval.workflow.CaseAction.VERIFY;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualhall.client.testing.ClientRun;
import org.virtualhall.client.testing.Pixels;
import org.virtualhall.client.testing.XvfbDisplay;

/**
 * The hall's services around a case, for one signed-in citizen in the 3D client under Xvfb, each answered in the
 * approval console (chromium) across the gap: 咨询 (the department head answers, the client speaks the answer, the
 * citizen rates it), 预约 (the booking on the window's day list), 取号/叫号 (the clerk calls, the client announces it)
 * and 好差评 (a bad review of the citizen's case once it is 办结 reaches 电子监察 as a 整改 task).
 */
@ExtendWith({HallStackExtension.class, DisplayExtension.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServicesJourneyTests {

    static final String ITEM = "GA003";
    static final String WINDOW = "A03";
    static final String QUESTION = "补办身份证需要带户口簿吗";
    static final String ANSWER = "需要，请带户口簿原件到A03窗口";
    static final String BAD_REASON = "办理超时";
    static final String SUPERVISOR = "jiancha";
    private static final Pattern BOOKED = Pattern.compile("预约成功，号码(\\S+)，请于(\\S+) (\\S+)到" + WINDOW + "窗口办理");

    private final HallStack stack;
    private final XvfbDisplay display;

    ServicesJourneyTests(HallStack stack, XvfbDisplay display) {
        this.stack = stack;
        this.display = display;
    }

    @Test
    void aCitizenConsultsBooksIsCalledAndHerBadReviewReachesSupervision() throws Exception {
        Path dir = Path.of("target", "journey", "services").toAbsolutePath();
        try (ClientRun citizen = ClientRun.start(display.display(), dir, script(), Map.of(), stack.clientArgs());
             Clerk clerk = new Clerk(stack)) {
            String receipt = citizen.awaitCheckpoint("submitted", Duration.ofMinutes(4)).path("facts").path("wizard.receipt").asText();
            assertThat(receipt).as("receipt shown in the client").isNotBlank();

            consultation(citizen, clerk);
            booking(citizen, clerk);
            queue(citizen, clerk);

            clerk.findCase(receipt).act(ACCEPT, "").act(START_FIRST_REVIEW, "").act(VERIFY, "").act(START_REVIEW, "");
            clerk.logout();
            clerk.login(JourneyTests.HEAD).reopenCase().act(APPROVE, "同意补领").act(COMPLETE, "");
            assertThat(clerk.state()).isEqualTo("办结");
            clerk.logout();

            ClientRun.Result end = citizen.finish(Duration.ofMinutes(6));
            assertThat(end.exitCode()).as(end.log()).isZero();
            evaluation(end, clerk, receipt);
        }
    }

    /** 咨询: the head answers the question in the console; the client speaks the answer and the rating comes back. */
    private void consultation(ClientRun citizen, Clerk clerk) {
        JsonNode asked = citizen.awaitCheckpoint("asked", Duration.ofMinutes(3)).path("facts");
        assertThat(asked.path("consultation.status").asText()).isEqualTo("WAITING");
        clerk.login(JourneyTests.HEAD).answer(QUESTION, ANSWER);
        JsonNode rated = citizen.awaitCheckpoint("rated", Duration.ofMinutes(3)).path("facts");
        assertThat(ClientRun.captions(rated)).contains("您咨询的问题“" + QUESTION + "”已答复：" + ANSWER, "感谢您对答复的评价");
        String id = asked.path("consultation.id").asText();
        clerk.awaitRow("/supervision/consultations", "#consultations tr[data-id='" + id + "'] td:last-child", "5");
        Screenshots.keep(clerk.screenshot("services-consultation"), "10-console-consultation");
    }

    /** 预约: the slot the citizen booked is on the console's list of that window and day. */
    private void booking(ClientRun citizen, Clerk clerk) {
        JsonNode booked = citizen.awaitCheckpoint("booked", Duration.ofMinutes(3)).path("facts");
        String number = booked.path("appointment.number").asText();
        assertThat(number).isEqualTo(WINDOW + "-0930-1");
        Matcher said = ClientRun.captions(booked).stream().map(BOOKED::matcher).filter(Matcher::matches).findFirst()
                .orElseThrow(() -> new AssertionError("no booking confirmation in " + ClientRun.captions(booked)));
        assertThat(said.group(1)).isEqualTo(number);
        assertThat(said.group(3)).isEqualTo("09:30");
        clerk.awaitRow("/appointments?window=" + WINDOW + "&day=" + said.group(2), "#bookings tr[data-number='" + number + "']", "09:30");
        Screenshots.keep(clerk.screenshot("services-booking"), "11-console-booking");
        clerk.logout();
    }

    /** 取号/叫号: the window clerk calls the citizen's number; the client announces the call. */
    private void queue(ClientRun citizen, Clerk clerk) {
        String number = citizen.awaitCheckpoint("ticket", Duration.ofMinutes(3)).path("facts").path("queue.number").asText();
        assertThat(number).isEqualTo(WINDOW + "-001");
        assertThat(clerk.login(JourneyTests.CLERK).callNext(number)).isEqualTo("请 " + number + " 号到 " + WINDOW + " 窗口办理");
        Screenshots.keep(clerk.screenshot("services-queue"), "12-console-queue");
        JsonNode called = citizen.awaitCheckpoint("called", Duration.ofMinutes(3)).path("facts");
        assertThat(called.path("queue.status").asText()).isEqualTo("CALLED");
        assertThat(ClientRun.captions(called)).contains("请" + number + "号到" + WINDOW + "窗口办理");
    }

    /** 好差评: the citizen's bad review of the completed case reaches 电子监察 and is a 整改 task for the head. */
    private void evaluation(ClientRun.Result end, Clerk clerk, String receipt) throws Exception {
        JsonNode facts = end.facts();
        assertThat(facts.path("evaluation.ended")).extracting(JsonNode::asText).containsExactly(receipt);
        assertThat(facts.path("evaluation." + receipt).asText()).startsWith("PJ");
        assertThat(end.captions()).contains("感谢您的评价。您的意见已转部门负责人整改，整改后会回访您");

        clerk.login(SUPERVISOR);
        String row = clerk.awaitRow("/supervision/satisfaction?period=month", "#bad-reviews tr[data-receipt='" + receipt + "']",
                BAD_REASON).getText();
        assertThat(row).contains(WINDOW, "待回访");
        Screenshots.keep(clerk.screenshot("services-satisfaction"), "13-console-satisfaction");
        clerk.awaitRow("/supervision/rectifications", "#rectifications tr[data-receipt='" + receipt + "']", BAD_REASON);

        String[][] pictures = {{"consultation", "10-consultation-answered"}, {"booking", "11-booking"},
                {"called", "12-queue-called"}, {"evaluation", "13-evaluation"}};
        for (String[] p : pictures) {
            assertThat(Pixels.of(end.screenshot(p[0])).panelShown()).as(p[0] + " panel").isTrue();
            Screenshots.keep(end.screenshot(p[0]), p[1]);
        }
    }

    /** The citizen's side: signs in, applies (the case to review at the end), then uses each service in turn. */
    private static String script() {
        return """
                frames 3
                signin 郑十 110105198505050054 13700000008
                apply %1$s
                fill-sample
                fill lostReason 丢失
                fill lostDate 2026-11-20
                fill delivery 窗口领取
                next
                tick all
                next
                submit
                wait-submitted 120
                checkpoint submitted
                consult-item %1$s
                type %3$s
                press ENTER
                wait-fact consultation.status WAITING 60
                checkpoint asked
                wait-answer 300
                frames 2
                screenshot consultation
                rate-answer 5
                wait-voice
                checkpoint rated
                booking-panel %2$s
                frames 2
                screenshot booking
                book-slot 09:30
                wait-voice
                checkpoint booked
                take-number %2$s
                checkpoint ticket
                wait-called 300
                open %2$s
                frames 2
                screenshot called
                checkpoint called
                wait-status COMPLETED 300
                evaluation-panel %2$s
                evaluation-grade - 2
                evaluation-reason %4$s
                frames 2
                screenshot evaluation
                evaluate
                wait-voice
                """.formatted(ITEM, WINDOW, QUESTION, BAD_REASON);
    }
}
