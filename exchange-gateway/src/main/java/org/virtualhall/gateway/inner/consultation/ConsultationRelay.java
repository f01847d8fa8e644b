package org.virtualhall.gateway.inner.consultation;

import java.io.IOException;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.consultation.Consultation;
import org.virtualhall.gateway.gap.Queues;
import org.virtualhall.gateway.gap.send.QueueWriter;
import org.virtualhall.gateway.inner.relay.RelayKind;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.submission.Envelope;

/** 咨询 inside: a question or its rating, {@code POST /api/consultations} on the approval system (docs/contracts.md). */
@Component
@Profile("inner")
class ConsultationRelay extends RelayKind {

    ConsultationRelay(QueueWriter writer, Queues queues) {
        super(Consultation.TYPE, "CONSULTATION", writer, queues);
    }

    @Override
    public Opened open(Envelope envelope) throws IOException {
        Consultation c = HallJson.wire().readValue(envelope.body(), Consultation.class);
        String what = c.rating() == null ? "咨询" : "咨询评价";
        return new Opened(c.id(), c.idNumber() + "@outer", "接收" + what + "：" + c.department(), "/api/consultations",
                new Record(c.id(), c.idNumber(), c.itemCode(), c.department(), c.question(), c.at().toString(), c.rating()),
                "装载" + what + "：" + c.id());
    }

    /** 咨询编号, 证件号码, 事项编码, 部门, 问题, 时间, 评分. */
    record Record(String zxbh, String zjhm, String sxbm, String bm, String wt, String sj, Integer pf) {
    }
}
