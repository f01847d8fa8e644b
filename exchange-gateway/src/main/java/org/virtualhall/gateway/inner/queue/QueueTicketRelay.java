package org.virtualhall.gateway.inner.queue;

import java.io.IOException;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.gap.Queues;
import org.virtualhall.gateway.gap.send.QueueWriter;
import org.virtualhall.gateway.inner.relay.RelayKind;
import org.virtualhall.gateway.queue.QueueTicket;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.submission.Envelope;

/** 取号 inside: a ticket taken outside, {@code POST /api/queue/tickets} on the approval system (docs/contracts.md). */
@Component
@Profile("inner")
class QueueTicketRelay extends RelayKind {

    QueueTicketRelay(QueueWriter writer, Queues queues) {
        super(QueueTicket.TYPE, "QUEUE_TICKET", writer, queues);
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
}
