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

/** 好差评 in the real client on Xvfb: the window's published figures on its panel, and a citizen reviewing a completed case. */
class EvaluationRunTests extends OnXvfb {

    @Test
    void theWindowShowsItsReviewsAndACitizenGivesABadReviewWithReasons() throws Exception {
        String window = TestCatalog.idCardReissue().windows().get(0);
        String figures = "{\"at\":\"2026-12-07T05:00:00Z\",\"windows\":[{\"code\":\"" + window + "\",\"reviews\":12,"
                + "\"average\":4.5,\"satisfiedRate\":91.7}],\"departments\":[{\"code\":\"GA\",\"reviews\":12,\"average\":4.5,"
                + "\"satisfiedRate\":91.7}]}";
        try (HallApiServer server = new HallApiServer(TestCatalog.published()).withCompletion().withEvaluationStats(figures)) {
            String script = """
                    frames 3
                    signin 张三 11010519491231002X 13800138000
                    apply %s
                    fill reason 丢失
                    fill address 青溪县城关镇人民路1号
                    next
                    tick all
                    next
                    submit
                    wait-status COMPLETED 60
                    wait-fact evaluation.stats 1 30
                    open %s
                    frames 2
                    screenshot window
                    evaluation-panel
                    frames 2
                    screenshot choose
                    evaluation-grade - 2
                    evaluation-reason 办理超时
                    evaluation-reason 多次跑动
                    frames 2
                    screenshot reasons
                    evaluate
                    wait-voice
                    """.formatted(TestCatalog.ID_CARD_REISSUE, window);
            ClientRun.Result run = ClientRun.run(display.display(), dir.resolve("evaluation"), script, Map.of(),
                    "--server", server.uri().toString(), "--no-audio", "--demo-sms-outbox", server.outbox().toString());

            assertThat(run.exitCode()).as(run.log()).isZero();
            JsonNode facts = run.facts();
            assertThat(facts.path("window.evaluation").asText()).isEqualTo("好差评：12 条评价 · 平均 4.5 分 · 满意率 91.7%");
            String receipt = facts.path("wizard.receipt").asText();
            assertThat(facts.path("evaluation.ended")).extracting(JsonNode::asText).containsExactly(receipt);
            assertThat(facts.path("evaluation.grade").asText()).isEqualTo("不满意");
            assertThat(facts.path("evaluation." + receipt).asText()).isEqualTo("PJ-1");
            assertThat(server.evaluations()).hasSize(1);
            JsonNode sent = server.evaluations().get(0);
            assertThat(sent.path("receipt").asText()).isEqualTo(receipt);
            assertThat(sent.path("grade").asInt()).isEqualTo(2);
            assertThat(sent.path("reasons")).extracting(JsonNode::asText).containsExactly("办理超时", "多次跑动");
            assertThat(run.captions()).contains("请为您的办件评价，共1件")
                    .contains("感谢您的评价。您的意见已转部门负责人整改，整改后会回访您");
            for (String shot : new String[] {"window", "choose", "reasons"}) {
                assertThat(Pixels.of(run.screenshot(shot)).panelShown()).as(shot + " panel").isTrue();
            }
        }
    }
}
