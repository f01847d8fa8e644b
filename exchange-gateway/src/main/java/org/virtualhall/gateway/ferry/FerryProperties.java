package org.virtualhall.gateway.ferry;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The software gap device: which spool directories it joins and the policy it enforces.
 *
 * @param outerOut   the outer side's outbound spool (read)
 * @param outerIn    the outer side's inbound spool (written)
 * @param innerOut   the inner side's outbound spool (read)
 * @param innerIn    the inner side's inbound spool (written)
 * @param quarantine files refused by the device policy, each with a {@code .reason.txt}
 * @param maxBytes   larger files are refused
 * @param pollDelayMillis how often the device looks into each outbound spool
 * @param faults     injected line faults, for reliability tests and the benchmark only (all 0 by default)
 * @param panoramaMaxBytes a panorama photo in a catalog bundle larger than this is refused
 */
@ConfigurationProperties("hall.gateway.ferry")
public record FerryProperties(Path outerOut, Path outerIn, Path innerOut, Path innerIn, Path quarantine,
                              @DefaultValue("67108864") long maxBytes,
                              @DefaultValue("20") long pollDelayMillis,
                              @DefaultValue Faults faults,
                              @DefaultValue("8388608") long panoramaMaxBytes) {

    /**
     * Probabilities per file (0..1) of dropping, corrupting, delivering twice and delivering late.
     *
     * @param drop      the chance that a file is lost on the line
     * @param corrupt   the chance that a file arrives with changed bytes
     * @param duplicate the chance that a file is delivered twice
     * @param reorder   the chance that a file is held back and delivered after the next one
     * @param seed      the random seed, so that a faulty run can be repeated
     */
    public record Faults(@DefaultValue("0") double drop, @DefaultValue("0") double corrupt,
                         @DefaultValue("0") double duplicate, @DefaultValue("0") double reorder,
                         @DefaultValue("42") long seed) {
    }
}
