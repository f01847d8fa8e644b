package org.virtualhall.launch.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The outer gateway's embedded SMS outbox ({@code <gateway home>/outer/sms-outbox.jsonl}, one JSON line
 * {@code {"at","mobile","text","code"}} per message) as a citizen's phone: the latest code each mobile received.
 * Reads only what was appended since it last looked, so it stays cheap however long the file grows; a line still
 * being written is left for the next look.
 */
public final class SmsOutbox {

    private final Path file;
    private final Map<String, String> latest = new HashMap<>();
    private long read;

    public SmsOutbox(Path file) {
        this.file = file;
    }

    /** The outbox of the gateway whose {@code hall.gateway.home} is {@code gatewayHome}, as the outer role writes it. */
    public static SmsOutbox of(Path gatewayHome) {
        return new SmsOutbox(gatewayHome.resolve("outer").resolve("sms-outbox.jsonl"));
    }

    public Path file() {
        return file;
    }

    /** The last code sent to the mobile that was not taken yet, and takes it. */
    public synchronized Optional<String> takeCode(String mobile) {
        readNewLines();
        return Optional.ofNullable(latest.remove(mobile));
    }

    private void readNewLines() {
        if (!Files.exists(file)) {
            return;
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            if (length <= read) {
                return;
            }
            byte[] tail = new byte[Math.toIntExact(length - read)];
            in.seek(read);
            in.readFully(tail);
            int start = 0;
            for (int i = 0; i < tail.length; i++) {
                if (tail[i] == '\n') {
                    JsonNode line = Answer.READER.readTree(new String(tail, start, i - start, StandardCharsets.UTF_8));
                    latest.put(line.path("mobile").asText(), line.path("code").asText());
                    start = i + 1;
                }
            }
            read += start;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the SMS outbox " + file, e);
        }
    }
}
