package org.virtualhall.gateway.ferry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.virtualhall.gateway.gap.bundle.Channel;
import org.virtualhall.gateway.gap.bundle.SpoolFiles;

/** Carries one file across: policy, then (in tests) line faults, then an atomic write into the other spool. */
public class Ferry {

    private static final Logger LOG = LoggerFactory.getLogger(Ferry.class);

    private final FerryPolicy policy;
    private final FerryFaults faults;
    private final FerryProperties props;
    private final AtomicLong carried = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();

    public Ferry(FerryPolicy policy, FerryFaults faults, FerryProperties props) {
        this.policy = policy;
        this.faults = faults;
        this.props = props;
    }

    public void carry(Channel.Direction direction, Path file) throws IOException {
        String name = file.getFileName().toString();
        Optional<String> problem = policy.problem(direction, name, Files.size(file));
        if (problem.isPresent()) {
            refuse(name, file, problem.get());
            return;
        }
        byte[] bytes = Files.readAllBytes(file);
        Optional<String> content = policy.contentProblem(name, bytes);
        if (content.isPresent()) {
            refuse(name, file, content.get());
            return;
        }
        Path target = direction == Channel.Direction.OUT_TO_IN ? props.innerIn() : props.outerIn();
        faults.apply(new FerryFaults.Delivery(target, name, bytes)).forEach(Ferry::deliver);
        carried.incrementAndGet();
    }

    public void releaseLate() {
        faults.releaseHeld().forEach(Ferry::deliver);
    }

    public Map<String, Long> stats() {
        return Map.of("carried", carried.get(), "refused", refused.get(), "dropped", faults.dropped.get(),
                "corrupted", faults.corrupted.get(), "duplicated", faults.duplicated.get(),
                "delayed", faults.delayed.get());
    }

    private static void deliver(FerryFaults.Delivery d) {
        SpoolFiles.writeAtomically(d.target(), d.fileName(), d.bytes());
    }

    private void refuse(String name, Path file, String reason) {
        refused.incrementAndGet();
        String kept = Instant.now().toEpochMilli() + "-" + name.replaceAll("[^A-Za-z0-9.-]", "_");
        try {
            Files.createDirectories(props.quarantine());
            Files.copy(file, props.quarantine().resolve(kept));
            SpoolFiles.writeAtomically(props.quarantine(), kept + ".reason.txt",
                    (name + "\n" + reason + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.warn("ferry refused {}: {}", name, reason);
    }
}
