package org.virtualhall.gateway.inner.intake;

import jakarta.jms.MessageProducer;
import jakarta.jms.TextMessage;
import org.apache.camel.spi.IdempotentRepository;
import org.springframework.jms.core.JmsTemplate;
import org.virtualhall.gateway.quarantine.QuarantineEntry;
import org.virtualhall.gateway.quarantine.Replayer;

/**
 * Replays a refused or held submission: back onto the intake queue, marked as a replay so that behaviour
 * monitoring (which an operator has just overruled) lets it pass; every other check runs again.
 */
public class SubmissionReplayer implements Replayer {

    /** JMS property marking a message put back by an operator. */
    public static final String REPLAY_HEADER = "hallReplay";

    private final String kind;
    private final JmsTemplate transactedJms;
    private final String intakeQueue;
    private final IdempotentRepository loadedReceipts;

    public SubmissionReplayer(String kind, JmsTemplate transactedJms, String intakeQueue,
                              IdempotentRepository loadedReceipts) {
        this.kind = kind;
        this.transactedJms = transactedJms;
        this.intakeQueue = intakeQueue;
        this.loadedReceipts = loadedReceipts;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public void replay(QuarantineEntry entry) {
        if (entry.receipt() != null) {
            loadedReceipts.remove(entry.receipt());
        }
        transactedJms.execute(session -> {
            try (MessageProducer producer = session.createProducer(session.createQueue(intakeQueue))) {
                TextMessage message = session.createTextMessage(entry.payload());
                message.setStringProperty("receipt", entry.receipt());
                message.setBooleanProperty(REPLAY_HEADER, true);
                producer.send(message);
                session.commit();
            }
            return null;
        }, true);
    }
}
