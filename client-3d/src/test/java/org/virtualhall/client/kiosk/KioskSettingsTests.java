package org.virtualhall.client.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtualhall.client.ClientOptions;

class KioskSettingsTests {

    @TempDir
    Path dir;

    @Test
    void withoutAFileTheDefaultsApplyAndNoPinIsConfigured() {
        KioskSettings s = ClientOptions.parse("--kiosk").kiosk().withFile(dir.resolve(KioskSettings.FILE));

        assertThat(s.on()).isTrue();
        assertThat(s.pinHash()).isNull();
        assertThat(s.idleTourSeconds()).isEqualTo(60);
        assertThat(s.resetAfterSeconds()).isEqualTo(120);
    }

    @Test
    void theFileFillsWhatTheCommandLineLeavesOpen() throws Exception {
        Path file = Files.writeString(dir.resolve(KioskSettings.FILE),
                "pin-sha256=" + OperatorPin.hash("4711") + "\nidle-tour=45\nreset-after=90\n");

        KioskSettings fromFile = ClientOptions.parse("--kiosk").kiosk().withFile(file);
        KioskSettings overridden = ClientOptions.parse("--kiosk", "--kiosk-reset-after", "300").kiosk().withFile(file);

        assertThat(new OperatorPin(fromFile.pinHash()).matches("4711")).isTrue();
        assertThat(fromFile.idleTourSeconds()).isEqualTo(45);
        assertThat(fromFile.resetAfterSeconds()).isEqualTo(90);
        assertThat(overridden.resetAfterSeconds()).isEqualTo(300);
        assertThat(overridden.idleTourSeconds()).isEqualTo(45);
    }

    @Test
    void badValuesAreRefusedNamingTheSetting() throws Exception {
        Path file = Files.writeString(dir.resolve(KioskSettings.FILE), "idle-tour=soon\n");

        assertThatThrownBy(() -> ClientOptions.parse("--kiosk").kiosk().withFile(file)).hasMessageContaining("idle-tour");
        assertThatThrownBy(() -> ClientOptions.parse("--kiosk", "--kiosk-idle-tour", "120", "--kiosk-reset-after", "60").kiosk()
                .withFile(dir.resolve("none"))).hasMessageContaining("reset-after");
        assertThatThrownBy(() -> ClientOptions.parse("--kiosk", "--kiosk-pin-hash", "4711").kiosk().withFile(dir.resolve("none")))
                .hasMessageContaining("pin-sha256");
    }
}
