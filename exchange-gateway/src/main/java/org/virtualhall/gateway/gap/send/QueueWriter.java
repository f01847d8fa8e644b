package org.virtualhall.gateway.gap.send;

import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import java.util.List;
import java.util.Map;
import org.springframework.jms.core.JmsTemplate;

/**
 * Puts messages on a persistent queue in one broker transaction: all of them, or none. Sending needs no started
 * connection; starting and stopping the shared one would stall every other user of it.
 */
public class QueueWriter {

    private final JmsTemplate transactedJms;

    public QueueWriter(JmsTemplate transactedJms) {
        this.transactedJms = transactedJms;
    }

    public void send(String queue, List<Outgoing> messages) {
        transactedJms.execute(session -> {
            try (MessageProducer producer = session.createProducer(session.createQueue(queue))) {
                for (Outgoing outgoing : messages) {
                    Message message = session.createTextMessage(outgoing.text());
                    for (Map.Entry<String, Object> p : outgoing.properties().entrySet()) {
                        message.setObjectProperty(p.getKey(), p.getValue());
                    }
                    producer.send(message);
                }
                session.commit();
            }
            return null;
        }, false);
    }

    /** A text message with its JMS properties (e.g. the receipt, for routes that key on it). */
    public record Outgoing(String text, Map<String, Object> properties) {
    }
}
