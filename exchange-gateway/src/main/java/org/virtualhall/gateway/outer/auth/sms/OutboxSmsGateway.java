package org.virtualhall.gateway.outer.auth.sms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.virtualhall.gateway.outer.auth.operator.OperatorUnavailable;
import org.virtualhall.model.json.HallJson;

/**
 * The embedded stand-in for a carrier: appends each message as one JSON line {@code {"at","mobile","text","code"}} to a
 * file (by default {@code <hall.gateway.home>/outer/sms-outbox.jsonl}), where the demo's operator and the tests read
 * it. A line is written whole, with one write, before the citizen is answered.
 */
public final class OutboxSmsGateway implements SmsGateway {

    private final Path file;

    public OutboxSmsGateway(Path file) {
        this.file = file.toAbsolutePath();
    }

    @Override
    public synchronized void send(SmsMessage message) {
        try {
            Files.createDirectories(file.getParent());
            byte[] json = HallJson.wire().writeValueAsBytes(message);
            byte[] line = new byte[json.length + 1];
            System.arraycopy(json, 0, line, 0, json.length);
            line[json.length] = '\n';
            Files.write(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new OperatorUnavailable("the SMS outbox " + file + " cannot be written: " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return "outbox";
    }

    public Path file() {
        return file;
    }
}
