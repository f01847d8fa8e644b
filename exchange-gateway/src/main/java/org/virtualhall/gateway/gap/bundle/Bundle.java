package org.virtualhall.gateway.gap.bundle;

import java.util.List;
import org.virtualhall.model.submission.Envelope;

/** A verified bundle: its manifest and the envelopes it carried. */
public record Bundle(Manifest manifest, List<Envelope> envelopes) {

    public Bundle {
        envelopes = List.copyOf(envelopes);
    }
}
