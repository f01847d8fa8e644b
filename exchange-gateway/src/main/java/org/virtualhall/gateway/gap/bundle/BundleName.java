package org.virtualhall.gateway.gap.bundle;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The only file names that may cross the gap: {@code <channel>-[<sender>-]<12-digit sequence>.zip}. Each sender (an
 * instance of a role) numbers its own bundles; a role run as one instance has no sender in its names. Temporary files
 * start with a dot, so pollers never see a half-written bundle.
 *
 * @param sender the sending instance, empty for a role run as one instance
 */
public record BundleName(Channel channel, String sender, long sequence) {

    public static final String REGEX = "(submissions|feedback|catalog|search_stats|acks)-(?:([a-z][a-z0-9]{0,15})-)?(\\d{12})\\.zip";
    private static final Pattern PATTERN = Pattern.compile(REGEX);

    public String fileName() {
        return sender.isEmpty() ? String.format("%s-%012d.zip", channel.wireName(), sequence)
                : String.format("%s-%s-%012d.zip", channel.wireName(), sender, sequence);
    }

    public static Optional<BundleName> parse(String fileName) {
        Matcher m = PATTERN.matcher(fileName == null ? "" : fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        String sender = m.group(2) == null ? "" : m.group(2);
        return Channel.ofWireName(m.group(1)).map(c -> new BundleName(c, sender, Long.parseLong(m.group(3))));
    }
}
