package org.virtualhall.gateway.inner.queue;

import java.io.IOException;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.gap.Queues;
import org.virtualhall.gateway.gap.send.QueueWriter;
import org.virtualhall.gateway.inner.relay.Relay;
import org.virtualhall.gateway.inner.relay.RelayReplayer;
import org.virtualhall.gateway.queue.QueueTicket;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.submission.Envelope;

/** 取号 inside: a ticket taken outside, {@code POST /api/queue/tickets} on the approval system (docs/contracts.md). */
@Component
@Profile("inner")
class QueueTicketRelay implements Relay {

    static final String KIND = "QUEUE_TICKET";

    @Override
    public String type() {
        return QueueTicket.TYPE;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Opened open(Envelope envelope) throws IOException {
        QueueTicket t = HallJson.wire().readValue(envelope.body(), QueueTicket.class);
        return new Opened(t.id(), t.idNumber() + "@outer", "接收取号：" + t.number(), "/api/queue/tickets",
                new Record(t.id(), t.window(), t.day().toString(), t.seq(), t.number(), t.idNumber(), t.takenAt().toString()),
                "装载取号：" + t.number());
    }

    /** 号票编号, 窗口, 日期, 顺序号, 号码, 证件号码, 取号时间. */
    record Record(String phbh, String ck, String rq, int sxh, String hm, String zjhm, String sj) {
    }

    /** Replays a refused ticket. */
    @Component
    @Profile("inner")
    static class Replayer extends RelayReplayer {

        Replayer(QueueWriter writer, Queues queues) {
            super(KIND, writer, queues);
        }
    }
}
