package org.virtualhall.gateway.bench;

import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/** The ceiling: an embedded Artemis alone, persistent send and receive of messages the size of a submission. */
final class RawArtemis {

    private RawArtemis() {
    }

    /** Messages per second for {@code count} messages sent by {@code producers} threads and received by one consumer. */
    static double rate(Path dir, int count, int producers, String body) throws Exception {
        // This broker starts before Spring has configured logging, so logback's default (DEBUG) would print a
        // few lines for every message and measure the console instead of the broker.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.apache.activemq"))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
        broker.setConfiguration(new ConfigurationImpl()
                .setPersistenceEnabled(true)
                .setSecurityEnabled(false)
                .setJournalDirectory(dir.resolve("journal").toString())
                .setBindingsDirectory(dir.resolve("bindings").toString())
                .setPagingDirectory(dir.resolve("paging").toString())
                .setLargeMessagesDirectory(dir.resolve("large").toString())
                .addAcceptorConfiguration("in-vm", "vm://77"));
        broker.start();
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory("vm://77");
             Connection connection = factory.createConnection()) {
            connection.start();
            ExecutorService pool = Executors.newFixedThreadPool(producers + 1);
            long start = System.nanoTime();
            Future<?> receiver = pool.submit(() -> {
                try (Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                     MessageConsumer consumer = session.createConsumer(session.createQueue("bench"))) {
                    for (int i = 0; i < count; i++) {
                        if (consumer.receive(60_000) == null) {
                            throw new IllegalStateException("raw Artemis lost messages after " + i);
                        }
                    }
                }
                return null;
            });
            List<Future<?>> senders = new ArrayList<>();
            for (int p = 0; p < producers; p++) {
                int share = count / producers + (p < count % producers ? 1 : 0);
                senders.add(pool.submit(() -> {
                    try (Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                         MessageProducer producer = session.createProducer(session.createQueue("bench"))) {
                        producer.setDeliveryMode(DeliveryMode.PERSISTENT);
                        for (int i = 0; i < share; i++) {
                            producer.send(session.createTextMessage(body));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : senders) {
                f.get();
            }
            receiver.get();
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            return count / seconds;
        } finally {
            broker.stop();
        }
    }
}
