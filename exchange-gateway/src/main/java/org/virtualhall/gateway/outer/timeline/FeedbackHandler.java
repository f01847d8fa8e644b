package org.virtualhall.gateway.outer.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import org.virtualhall.gateway.outer.evaluation.FiguresStore;
import org.virtualhall.model.evaluation.EvaluationFigures;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.submission.Envelope;

/**
 * 外网反馈: case events from inside land on the citizen's timeline. The timeline takes each event id once per receipt,
 * and an envelope's id is its event's, so the timeline is this channel's idempotent repository: a second copy of an
 * envelope is dropped there, without a row of its own in {@code gap_seen}. 好差评 figures (type
 * {@value EvaluationFigures#TYPE}) go to their own store, which keeps the latest.
 */
@Component
@Profile("outer")
class FeedbackHandler implements EnvelopeHandler {

    private static final Logger LOG = LoggerFactory.getLogger(FeedbackHandler.class);

    private final TimelineStore timeline;
    private final SeenEnvelopes seen;
    private final FiguresStore figures;

    FeedbackHandler(TimelineStore timeline, SeenEnvelopes seen, FiguresStore figures) {
        this.timeline = timeline;
        this.seen = seen;
        this.figures = figures;
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
                events.add(HallJson.wire().readValue(envelope.body(), OutboundEvent.class));
            } catch (JsonProcessingException e) {
                LOG.warn("ignored an unreadable feedback envelope {}: {}", envelope.id(), e.getOriginalMessage());
            }
        }
        seen.countDropped(timeline.applyAll(events));
    }
}
