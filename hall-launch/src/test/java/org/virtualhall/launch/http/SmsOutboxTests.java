package org.virtualhall.launch.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The phone's view of the gateway's SMS outbox: the latest code per mobile, each taken once, whole lines only. */
class SmsOutboxTests {

    @TempDir
    Path home;

    @Test
    void theLatestCodeOfAMobileIsTakenOnceAndAHalfWrittenLineWaits() throws Exception {
        SmsOutbox phone = SmsOutbox.of(home);
        assertThat(phone.takeCode("13800000001")).as("no outbox yet").isEmpty();
        Path file = home.resolve("outer/sms-outbox.jsonl");
        Files.createDirectories(file.getParent());
        append(file, line("13800000001", "111111") + line("13800000002", "222222") + line("13800000001", "333333"));
        append(file, "{\"at\":\"2026-12-02T06:56:00Z\",\"mobile\":\"13800000002\",\"te");

        assertThat(phone.takeCode("13800000001")).hasValue("333333");
        assertThat(phone.takeCode("13800000001")).as("taken already").isEmpty();
        assertThat(phone.takeCode("13800000002")).hasValue("222222");

        append(file, "xt\":\"…\",\"code\":\"444444\"}\n");
        assertThat(phone.takeCode("13800000002")).as("the line once whole").hasValue("444444");
    }

    private static String line(String mobile, String code) {
        return "{\"at\":\"2026-12-02T06:56:00Z\",\"mobile\":\"" + mobile + "\",\"text\":\"验证码" + code + "\",\"code\":\""
                + code + "\"}\n";
    }

    private static void append(Path file, String text) throws Exception {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
