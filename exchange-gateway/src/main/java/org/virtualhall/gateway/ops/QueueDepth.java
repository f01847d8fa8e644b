package org.virtualhall.gateway.ops;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Messages waiting in a queue of the embedded broker; -1 when the broker is external (ask it instead). */
@Component
@Profile({"outer", "inner"})
public class QueueDepth {

    private final ObjectProvider<EmbeddedActiveMQ> broker;

    QueueDepth(ObjectProvider<EmbeddedActiveMQ> broker) {
        this.broker = broker;
    }

    public long of(String queue) {
        EmbeddedActiveMQ embedded = broker.getIfAvailable();
        if (embedded == null || embedded.getActiveMQServer() == null) {
            return -1;
        }
        Queue q = embedded.getActiveMQServer().locateQueue(SimpleString.of(queue));
        return q == null ? 0 : q.getMessageCount();
    }
}
