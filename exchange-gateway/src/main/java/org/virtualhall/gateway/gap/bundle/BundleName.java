package org.virtualhall.gateway.gap.bundle;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The only file names that may cross the gap: {@code <channel>-<12-digit sequence>.zip}. Temporary files
 * start with a dot, so pollers never see a half-written bundle.
 */
public record BundleName(Channel channel, long sequence) {

    public static final String REGEX = "(submissions|feedback|catalog|search_stats|acks)-(\\d{12})\\.zip";
    private static final Pattern PATTERN = Pattern.compile(REGEX);

    public String fileName() {
        return String.format("%s-%012d.zip", channel.wireName(), sequence);
    }

    public static Optional<BundleName> parse(String fileName) {
        Matcher m = PATTERN.matcher(fileName == null ? "" : fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Channel.ofWireName(m.group(1)).map(c -> new BundleName(c, Long.parseLong(m.group(2))));
    }
}
