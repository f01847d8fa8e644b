package org.virtualhall.gateway.inner.relay;

import java.io.IOException;
import org.virtualhall.model.submission.Envelope;

/** One kind of record that comes in on the {@code submissions} channel and is posted to the approval system as it is. */
public interface Relay {

    /** The envelope type it takes. */
    String type();

    /** The quarantine kind of what the approval system refuses. */
    String kind();

    /** Reads the envelope's body into what to audit and load. */
    Opened open(Envelope envelope) throws IOException;

    /**
     * A record ready to load.
     *
     * @param key       what the audit files it under (the receipt, or the booking's id)
     * @param actor     who sent it, for the audit ({@code idNumber@source})
     * @param received  the audit action on taking it (接收…)
     * @param path      the approval system's path to post to
     * @param record    the body, in the approval system's field names
     * @param loaded    the audit action once loaded (装载…)
     */
    record Opened(String key, String actor, String received, String path, Object record, String loaded) {
    }
}
