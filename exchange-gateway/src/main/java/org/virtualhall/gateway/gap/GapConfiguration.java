package org.virtualhall.gateway.gap;

import jakarta.jms.ConnectionFactory;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;
import org.virtualhall.gateway.config.DurableCommits;
import org.virtualhall.gateway.gap.bundle.BundleCodec;
import org.virtualhall.gateway.gap.bundle.Channel;
import org.virtualhall.gateway.gap.bundle.Hmac;
import org.virtualhall.gateway.gap.receive.AckWriter;
import org.virtualhall.gateway.gap.receive.BundleReceiver;
import org.virtualhall.gateway.gap.receive.EnvelopeHandler;
import org.virtualhall.gateway.gap.receive.ReceivedSequences;
import org.virtualhall.gateway.gap.receive.SeenEnvelopes;
import org.virtualhall.gateway.gap.send.ChannelSender;
import org.virtualhall.gateway.gap.send.ParkedAcks;
import org.virtualhall.gateway.gap.send.QueueWriter;
import org.virtualhall.gateway.gap.send.SenderRegistry;
import org.virtualhall.gateway.gap.send.SequenceStore;
import org.virtualhall.gateway.quarantine.BundleQuarantine;

/** The gap machinery both roles share; each role adds its senders and its inbound handlers. */
@Configuration
@Profile({"outer", "inner"})
class GapConfiguration {

    @Bean
    BundleCodec bundleCodec(GapProperties props) {
        return new BundleCodec(new Hmac(props.hmacKey()), props.maxBundleBytes());
    }

    @Bean
    SequenceStore sequenceStore(JdbcTemplate jdbc, GapProperties props) {
        return new SequenceStore(jdbc, props.instance());
    }

    @Bean
    SeenEnvelopes seenEnvelopes(JdbcTemplate jdbc) {
        return new SeenEnvelopes(jdbc);
    }

    @Bean
    ReceivedSequences receivedSequences(JdbcTemplate jdbc) {
        return new ReceivedSequences(jdbc);
    }

    @Bean
    AckWriter ackWriter(BundleCodec codec, SequenceStore sequences, GapProperties props) {
        return new AckWriter(codec, sequences, props);
    }

    /** Sessions that commit only when the caller says so: what the senders and handlers need. */
    @Bean
    JmsTemplate transactedJms(ConnectionFactory connectionFactory) {
        JmsTemplate jms = new JmsTemplate(connectionFactory);
        jms.setSessionTransacted(true);
        return jms;
    }

    @Bean
    QueueWriter queueWriter(JmsTemplate transactedJms) {
        return new QueueWriter(transactedJms);
    }

    @Bean
    SenderRegistry senderRegistry(List<ChannelSender> senders, JdbcTemplate jdbc, GapProperties props) {
        return new SenderRegistry(senders, props.instance(), new ParkedAcks(jdbc));
    }

    @Bean
    BundleReceiver bundleReceiver(BundleCodec codec, List<EnvelopeHandler> handlers, ReceivedSequences received,
                                  AckWriter acks, DurableCommits durable, SenderRegistry senders,
                                  BundleQuarantine quarantine, GapProperties props) {
        Map<Channel, EnvelopeHandler> byChannel = handlers.stream()
                .collect(Collectors.toMap(EnvelopeHandler::channel, Function.identity()));
        return new BundleReceiver(codec, byChannel, received, acks, durable, senders, quarantine, props);
    }

    /** Nothing is ever dropped by the broker: redeliver forever, with a pause, instead of a dead-letter queue. */
    @Bean
    ArtemisConfigurationCustomizer neverDeadLetter() {
        return config -> config.addAddressSetting("#", new AddressSettings()
                .setMaxDeliveryAttempts(-1)
                .setRedeliveryDelay(500)
                .setRedeliveryMultiplier(2)
                .setMaxRedeliveryDelay(10_000));
    }
}
