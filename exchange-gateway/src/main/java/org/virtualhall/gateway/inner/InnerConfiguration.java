package org.virtualhall.gateway.inner;

import javax.sql.DataSource;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.camel.spi.IdempotentRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jms.core.JmsTemplate;
import org.virtualhall.gateway.gap.GapProperties;
import org.virtualhall.gateway.gap.Queues;
import org.virtualhall.gateway.gap.bundle.BundleCodec;
import org.virtualhall.gateway.gap.bundle.Channel;
import org.virtualhall.gateway.gap.send.ChannelSender;
import org.virtualhall.gateway.gap.send.SequenceStore;
import org.virtualhall.gateway.inner.intake.SubmissionReplayer;

/** The inner side sends feedback and catalog out, and remembers which receipts it has loaded. */
@Configuration
@Profile("inner")
class InnerConfiguration {

    @Bean
    ChannelSender feedbackSender(Queues queues, JmsTemplate transactedJms, BundleCodec codec,
                                 SequenceStore sequences, GapProperties props) {
        return new ChannelSender(Channel.FEEDBACK, queues.feedback(), transactedJms, codec, sequences, props);
    }

    @Bean
    ChannelSender catalogSender(Queues queues, JmsTemplate transactedJms, BundleCodec codec,
                                SequenceStore sequences, GapProperties props) {
        return new ChannelSender(Channel.CATALOG, queues.catalog(), transactedJms, codec, sequences, props);
    }

    @Bean
    SubmissionReplayer refusedReplayer(JmsTemplate transactedJms, Queues queues, IdempotentRepository loadedReceipts) {
        return new SubmissionReplayer(InnerRefusal.REFUSED, transactedJms, queues.intake(), loadedReceipts);
    }

    @Bean
    SubmissionReplayer heldReplayer(JmsTemplate transactedJms, Queues queues, IdempotentRepository loadedReceipts) {
        return new SubmissionReplayer(InnerRefusal.HELD, transactedJms, queues.intake(), loadedReceipts);
    }

    /** The persistent idempotent repository of loaded receipts (Camel's JDBC one, in this side's database). */
    @Bean
    IdempotentRepository loadedReceipts(DataSource dataSource) {
        return new JdbcMessageIdRepository(dataSource, "inner-load");
    }
}
