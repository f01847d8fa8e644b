package org.virtualhall.gateway.quarantine;

import java.nio.file.Path;
import java.time.Instant;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.gap.GapProperties;
import org.virtualhall.gateway.gap.bundle.SpoolFiles;

/** Keeps an inbound bundle that failed verification, with its reason; replay puts it back in the spool. */
@Component
@Profile({"outer", "inner"})
public class BundleQuarantine implements Replayer {

    public static final String KIND = "BUNDLE";

    private final QuarantineStore store;
    private final GapProperties props;

    BundleQuarantine(QuarantineStore store, GapProperties props) {
        this.store = store;
        this.props = props;
    }

    public void keep(String fileName, byte[] bytes, String reason) {
        String safe = fileName.replaceAll("[^A-Za-z0-9.-]", "_");
        Path kept = SpoolFiles.writeAtomically(props.quarantineDir(), Instant.now().toEpochMilli() + "-" + safe, bytes);
        store.keep(KIND, null, fileName + ": " + reason, kept.toString());
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void replay(QuarantineEntry entry) {
        Path kept = Path.of(entry.payload());
        String original = kept.getFileName().toString().replaceFirst("^\\d+-", "");
        try {
            SpoolFiles.writeAtomically(props.spoolIn(), original, java.nio.file.Files.readAllBytes(kept));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
