package org.virtualhall.gateway.inner;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jms.core.JmsTemplate;
import org.virtualhall.gateway.gap.GapProperties;
import org.virtualhall.gateway.gap.Queues;
import org.virtualhall.gateway.gap.bundle.BundleCodec;
import org.virtualhall.gateway.gap.bundle.Channel;
import org.virtualhall.gateway.gap.send.ChannelSender;
import org.virtualhall.gateway.gap.send.QueueWriter;
import org.virtualhall.gateway.gap.send.SequenceStore;
import org.virtualhall.gateway.inner.intake.SubmissionReplayer;
import org.virtualhall.gateway.inner.load.LoadedReceipts;

/** The inner side sends feedback and catalog out, and replays what it quarantined. */
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
    SubmissionReplayer refusedReplayer(QueueWriter writer, Queues queues, LoadedReceipts loadedReceipts) {
        return new SubmissionReplayer(InnerRefusal.REFUSED, writer, queues.intake(), loadedReceipts);
    }

    @Bean
    SubmissionReplayer heldReplayer(QueueWriter writer, Queues queues, LoadedReceipts loadedReceipts) {
        return new SubmissionReplayer(InnerRefusal.HELD, writer, queues.intake(), loadedReceipts);
    }
}
