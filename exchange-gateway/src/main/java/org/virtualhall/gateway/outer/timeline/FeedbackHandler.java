package org.virtualhall.gateway.outer.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.feedback.OutboundEvent;
import org.virtualhall.gateway.gap.bundle.Channel;
import org.virtualhall.gateway.gap.receive.EnvelopeHandler;
import org.virtualhall.gateway.gap.receive.SeenEnvelopes;
import org.virtualhall.gateway.outer.appointment.AppointmentBook;
import org.virtualhall.gateway.outer.consultation.ConsultationStore;
import org.virtualhall.gateway.outer.evaluation.FiguresStore;
import org.virtualhall.gateway.outer.queue.QueueLedger;
import org.virtualhall.model.appointment.AppointmentCapacity;
import org.virtualhall.model.consultation.ConsultationAnswers;
import org.virtualhall.model.evaluation.EvaluationFigures;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.queue.QueueCalls;
import org.virtualhall.model.submission.Envelope;

/**
 * 外网反馈: case events from inside land on the citizen's timeline. The timeline takes each event id once per receipt,
 * and an envelope's id is its event's, so the timeline is this channel's idempotent repository: a second copy of an
 * envelope is dropped there, without a row of its own in {@code gap_seen}. 好差评 figures (type
 * {@value EvaluationFigures#TYPE}), 预约 places (type {@value AppointmentCapacity#TYPE}), 叫号 (type
 * {@value QueueCalls#TYPE}) and 咨询 answers (type {@value ConsultationAnswers#TYPE}) go to their own stores.
 */
@Component
@Profile("outer")
class FeedbackHandler implements EnvelopeHandler {

    private static final Logger LOG = LoggerFactory.getLogger(FeedbackHandler.class);
    private static final ZoneId HALL_ZONE = ZoneId.of("Asia/Shanghai");

    private final TimelineStore timeline;
    private final SeenEnvelopes seen;
    private final FiguresStore figures;
    private final AppointmentBook appointments;
    private final QueueLedger queue;
    private final ConsultationStore consultations;
    private final Clock clock;

    FeedbackHandler(TimelineStore timeline, SeenEnvelopes seen, FiguresStore figures, AppointmentBook appointments,
                    QueueLedger queue, ConsultationStore consultations, Clock clock) {
        this.consultations = consultations;
        this.timeline = timeline;
        this.seen = seen;
        this.figures = figures;
        this.appointments = appointments;
        this.queue = queue;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.FEEDBACK;
    }

    @Override
    public void handle(List<Envelope> envelopes) {
        List<OutboundEvent> events = new ArrayList<>(envelopes.size());
        for (Envelope envelope : envelopes) {
            try {
                if (EvaluationFigures.TYPE.equals(envelope.type())) {
                    figures.keep(HallJson.wire().readValue(envelope.body(), EvaluationFigures.class));
                    continue;
                }
                if (ConsultationAnswers.TYPE.equals(envelope.type())) {
                    consultations.answered(HallJson.wire().readValue(envelope.body(), ConsultationAnswers.class));
                    continue;
                }
                if (QueueCalls.TYPE.equals(envelope.type())) {
                    queue.apply(HallJson.wire().readValue(envelope.body(), QueueCalls.class));
                    continue;
                }
                if (AppointmentCapacity.TYPE.equals(envelope.type())) {
                    appointments.publish(HallJson.wire().readValue(envelope.body(), AppointmentCapacity.class),
                            LocalDate.now(clock.withZone(HALL_ZONE)));
                    continue;
                }
                events.add(HallJson.wire().readValue(envelope.body(), OutboundEvent.class));
            } catch (JsonProcessingException e) {
                LOG.warn("ignored an unreadable feedback envelope {}: {}", envelope.id(), e.getOriginalMessage());
            }
        }
        seen.countDropped(timeline.applyAll(events));
    }
}
