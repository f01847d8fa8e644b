package org.virtualhall.client.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadingTests {

    @TempDir
    Path dir;

    @Test
    void theReadingHelpIsKeptBesideTheHallAddress() throws Exception {
        Path file = dir.resolve("virtual-hall").resolve("settings.properties");
        HallAddress.save(file, URI.create("https://zwfw.qingxi.gov.cn/"));
        new Reading(true, true, 110).save(file);

        assertThat(Reading.read(file)).isEqualTo(new Reading(true, true, 110));
        assertThat(Files.readString(file)).contains("server=https\\://zwfw.qingxi.gov.cn/");
        assertThat(HallAddress.choose(null, file, null).server()).isEqualTo(URI.create("https://zwfw.qingxi.gov.cn/"));
    }

    @Test
    void missingOrBrokenSettingsReadAsPlain() throws Exception {
        assertThat(Reading.read(dir.resolve("none.properties"))).isEqualTo(Reading.PLAIN);
        Path broken = dir.resolve("broken.properties");
        Files.writeString(broken, "large-text=yes\nspeech-rate=fast\n");
        assertThat(Reading.read(broken)).isEqualTo(Reading.PLAIN);
        Files.writeString(broken, "speech-rate=999\n");
        assertThat(Reading.read(broken).speechRate()).as("a rate not offered").isEqualTo(Reading.PLAIN.speechRate());
    }

    @Test
    void theRateGoesRoundSlowNormalFast() {
        Reading r = Reading.PLAIN;
        assertThat(r.rateName()).isEqualTo("常速");
        assertThat(r.nextRate().rateName()).isEqualTo("快速");
        assertThat(r.nextRate().nextRate().rateName()).isEqualTo("慢速");
        assertThat(r.nextRate().nextRate().nextRate()).isEqualTo(r);
    }
}
