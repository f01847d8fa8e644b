package org.virtualhall.gateway.config;

import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jms.support.destination.DestinationResolver;
import org.springframework.jms.support.destination.DynamicDestinationResolver;

/**
 * Resolves each queue name once for Camel's JMS producers. Spring's default asks the session every time, and
 * Artemis' {@code session.createQueue} asks the broker whether the queue exists: a blocking round trip for every
 * message the inner load route sends on. A queue destination is only a
 * name, valid in any session, so keeping it is safe. Topics are resolved as before.
 */
public final class CachingQueueResolver implements DestinationResolver {

    private final DynamicDestinationResolver dynamic = new DynamicDestinationResolver();
    private final Map<String, Destination> queues = new ConcurrentHashMap<>();

    @Override
    public Destination resolveDestinationName(Session session, String name, boolean pubSubDomain) throws JMSException {
        if (pubSubDomain) {
            return dynamic.resolveDestinationName(session, name, true);
        }
        Destination known = queues.get(name);
        if (known != null) {
            return known;
        }
        Destination resolved = dynamic.resolveDestinationName(session, name, false);
        queues.putIfAbsent(name, resolved);
        return resolved;
    }
}
