package org.virtualhall.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.virtualhall.client.testing.ClientRun;
import org.virtualhall.client.testing.HallApiServer;
import org.virtualhall.client.testing.OnXvfb;
import org.virtualhall.client.testing.Pixels;
import org.virtualhall.client.testing.TestCatalog;
import org.virtualhall.model.catalog.Item;

/**
 * 咨询 in the real client on Xvfb: a question about an item typed into the item sheet's consultation panel and sent
 * with Enter, the department's answer spoken when a later read finds it, the answer rated; then a question to a
 * window's department.
 */
class ConsultationRunTests extends OnXvfb {

    @Test
    void aCitizenAsksAboutAnItemHearsTheAnswerAndRatesIt() throws Exception {
        Item item = TestCatalog.idCardReissue();
        String question = "补办身份证需要带户口簿吗";
        try (HallApiServer server = new HallApiServer(TestCatalog.published())) {
            String script = """
                    frames 3
                    signin 张三 11010519491231002X 13800138000
                    item %1$s
                    consult-item %1$s
                    type %2$s
                    press ENTER
                    wait-fact consultation.status WAITING 60
                    frames 2
                    screenshot consultation
                    wait-answer 60
                    wait-voice
                    rate-answer 5
                    wait-voice
                    consult-department %3$s
                    type 周六可以办理吗
                    press ENTER
                    wait-fact consultation.id ZX2 60
                    wait-fact consultation.status WAITING 60
                    """.formatted(item.code(), question, item.department());
            ClientRun.Result run = ClientRun.run(display.display(), dir.resolve("consult"), script, Map.of(),
                    "--server", server.uri().toString(), "--no-audio", "--demo-sms-outbox", server.outbox().toString());

            assertThat(run.exitCode()).as(run.log()).isZero();
            JsonNode facts = run.facts();
            assertThat(server.questions()).hasSize(2).anySatisfy(q -> {
                assertThat(q.path("itemCode").asText()).isEqualTo(item.code());
                assertThat(q.path("question").asText()).isEqualTo(question);
                assertThat(q.has("department")).isFalse();
            }).anySatisfy(q -> {
                assertThat(q.path("department").asText()).isEqualTo(item.department());
                assertThat(q.path("question").asText()).isEqualTo("周六可以办理吗");
            });
            assertThat(facts.path("consultation.answer").asText()).isEqualTo(HallApiServer.CONSULTATION_ANSWER);
            assertThat(run.captions()).contains("您的咨询已提交，部门答复后会为您播报",
                    "您咨询的问题“" + question + "”已答复：" + HallApiServer.CONSULTATION_ANSWER, "感谢您对答复的评价");
            assertThat(server.ratings()).singleElement().satisfies(r -> assertThat(r.path("grade").asInt()).isEqualTo(5));
            assertThat(facts.path("consultation.mine")).extracting(JsonNode::asText)
                    .containsExactly("问：周六可以办理吗（待答复）", "问：" + question + "（已答复 · 已评 5 分）");
            assertThat(Pixels.of(run.screenshot("consultation")).panelShown()).as("consultation panel").isTrue();
        }
    }
}
