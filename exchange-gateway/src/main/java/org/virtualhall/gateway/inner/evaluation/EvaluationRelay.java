package org.virtualhall.gateway.inner.evaluation;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.evaluation.Evaluation;
import org.virtualhall.gateway.gap.Queues;
import org.virtualhall.gateway.gap.send.QueueWriter;
import org.virtualhall.gateway.inner.relay.RelayKind;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.submission.Envelope;

/** 好差评 inside: {@code POST /api/cases/{receipt}/evaluation} in the approval system's own field names (docs/contracts.md). */
@Component
@Profile("inner")
class EvaluationRelay extends RelayKind {

    EvaluationRelay(QueueWriter writer, Queues queues) {
        super(Evaluation.TYPE, "EVALUATION", writer, queues);
    }

    @Override
    public Opened open(Envelope envelope) throws IOException {
        Evaluation e = HallJson.wire().readValue(envelope.body(), Evaluation.class);
        return new Opened(e.receipt(), e.idNumber() + "@" + e.source(), "接收评价：" + e.grade() + " 分",
                "/api/cases/" + URLEncoder.encode(e.receipt(), StandardCharsets.UTF_8) + "/evaluation",
                new Record(e.id(), e.grade(), e.reasons(), e.comment(), e.evaluatedAt().toString(), e.source()),
                "装载评价：" + e.id());
    }

    /** 评价编号, 评价等级, 评价原因, 评价内容, 评价时间, 来源. */
    record Record(String pjbh, int pjdj, List<String> pjyy, String pjnr, String pjsj, String ly) {
    }
}
