package org.virtualhall.gateway.inner.appointment;

import java.io.IOException;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.appointment.Appointment;
import org.virtualhall.gateway.gap.Queues;
import org.virtualhall.gateway.gap.send.QueueWriter;
import org.virtualhall.gateway.inner.relay.RelayKind;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.submission.Envelope;

/** 预约 inside: a booking or its cancellation, {@code POST /api/appointments} on the approval system (docs/contracts.md). */
@Component
@Profile("inner")
class AppointmentRelay extends RelayKind {

    AppointmentRelay(QueueWriter writer, Queues queues) {
        super(Appointment.TYPE, "APPOINTMENT", writer, queues);
    }

    @Override
    public Opened open(Envelope envelope) throws IOException {
        Appointment a = HallJson.wire().readValue(envelope.body(), Appointment.class);
        String what = "BOOKED".equals(a.status()) ? "预约" : "取消预约";
        return new Opened(a.id(), a.idNumber() + "@outer", "接收" + what + "：" + a.window() + " " + a.day() + " " + a.slot(),
                "/api/appointments", new Record(a.id(), a.number(), a.idNumber(), a.itemCode(), a.window(),
                a.day().toString(), a.slot().toString(), a.status(), a.at().toString()), "装载" + what + "：" + a.number());
    }

    /** 预约编号, 号码, 证件号码, 事项, 窗口, 日期, 时段, 状态, 时间. */
    record Record(String yybh, String hm, String zjhm, String sxbm, String ck, String rq, String sd, String zt, String sj) {
    }
}
