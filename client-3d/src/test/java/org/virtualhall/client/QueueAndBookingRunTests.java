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

/** 取号 and 预约 at a window in the real client on Xvfb: 前面还有 N 人 as the queue moves, the call announced, a slot booked. */
class QueueAndBookingRunTests extends OnXvfb {

    @Test
    void aCitizenTakesANumberHearsTheQueueMoveAndIsCalledThenBooksASlot() throws Exception {
        String window = TestCatalog.idCardReissue().windows().get(0);
        try (HallApiServer server = new HallApiServer(TestCatalog.published())) {
            String script = """
                    frames 3
                    signin 张三 11010519491231002X 13800138000
                    take-number %1$s
                    open %1$s
                    frames 2
                    screenshot queue
                    wait-called 60
                    booking-panel %1$s
                    frames 2
                    screenshot booking
                    book-slot 09:30
                    wait-voice
                    """.formatted(window);
            ClientRun.Result run = ClientRun.run(display.display(), dir.resolve("queue"), script, Map.of(),
                    "--server", server.uri().toString(), "--no-audio", "--demo-sms-outbox", server.outbox().toString());

            assertThat(run.exitCode()).as(run.log()).isZero();
            JsonNode facts = run.facts();
            assertThat(facts.path("queue.status").asText()).isEqualTo("CALLED");
            assertThat(run.captions()).contains("您的号码是" + window + "-001，前面还有2人", "前面还有1人", "前面还有0人",
                    "请" + window + "-001号到" + window + "窗口办理");
            assertThat(facts.path("booking.slots")).extracting(JsonNode::asText).containsExactly("09:00 0", "09:30 2", "10:00 4");
            assertThat(facts.path("appointment.number").asText()).isEqualTo(window + "-0930-1");
            assertThat(server.bookings()).singleElement().satisfies(b -> {
                assertThat(b.path("window").asText()).isEqualTo(window);
                assertThat(b.path("slot").asText()).isEqualTo("09:30");
                assertThat(b.path("itemCode").asText()).isNotBlank();
            });
            for (String shot : new String[] {"queue", "booking"}) {
                assertThat(Pixels.of(run.screenshot(shot)).panelShown()).as(shot + " panel").isTrue();
            }
        }
    }
}
