package org.virtualhall.gateway.outer;

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

/** The outer side sends submissions and 热词 counts; feedback and catalog come in (their handlers are components). */
@Configuration
@Profile("outer")
class OuterGapConfiguration {

    @Bean
    ChannelSender submissionSender(Queues queues, JmsTemplate transactedJms, BundleCodec codec,
                                   SequenceStore sequences, GapProperties props) {
        return new ChannelSender(Channel.SUBMISSIONS, queues.submissions(), transactedJms, codec, sequences, props);
    }

    @Bean
    ChannelSender searchStatsSender(Queues queues, JmsTemplate transactedJms, BundleCodec codec,
                                    SequenceStore sequences, GapProperties props) {
        return new ChannelSender(Channel.SEARCH_STATS, queues.searchStats(), transactedJms, codec, sequences, props);
    }
}
