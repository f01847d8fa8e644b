package org.virtualhall.client.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtualhall.client.ClientOptions;

/** Which hall the client opens: command line, then the saved setting, then the package's default, then the local hall. */
class HallAddressTests {

    private static final URI COMMAND_LINE = URI.create("http://10.1.1.1:8080/");
    private static final URI SAVED = URI.create("https://saved.example.gov.cn/");
    private static final URI BAKED = URI.create("https://hall.qingxi.example.gov.cn/");

    @TempDir
    Path dir;

    @Test
    void theCommandLineWinsOverEverySetting() throws Exception {
        Path settings = settings("server=" + SAVED);
        Path baked = baked("server=" + BAKED);

        assertThat(HallAddress.choose(COMMAND_LINE, settings, baked).server()).isEqualTo(COMMAND_LINE);
        assertThat(HallAddress.choose(null, settings, baked)).isEqualTo(new HallAddress.Choice(SAVED, settings.toString()));
        assertThat(HallAddress.choose(null, dir.resolve("none.properties"), baked).server()).isEqualTo(BAKED);
        assertThat(HallAddress.choose(null, dir.resolve("none.properties"), dir.resolve("no-package.properties")))
                .isEqualTo(new HallAddress.Choice(URI.create("http://127.0.0.1:8080/"), "default"));
    }

    @Test
    void aBrokenOrEmptySettingFallsThroughToTheNext() throws Exception {
        Path baked = baked("server=" + BAKED);

        assertThat(HallAddress.choose(null, settings("server=ftp://files.example/"), baked).server()).isEqualTo(BAKED);
        assertThat(HallAddress.choose(null, settings("server="), baked).server()).isEqualTo(BAKED);
        assertThat(HallAddress.choose(null, settings("# nothing yet"), baked).server()).isEqualTo(BAKED);
    }

    @Test
    void aSavedAddressIsUsedOnTheNextStartAndKeepsTheOtherSettings() throws Exception {
        Path settings = dir.resolve("config/virtual-hall/settings.properties");
        Files.createDirectories(settings.getParent());
        Files.writeString(settings, "voice=off\n");
        ClientOptions saving = ClientOptions.parse("--save-server", "https://saved.example.gov.cn");

        HallAddress.save(settings, saving.server());

        assertThat(saving.saveServer()).isTrue();
        assertThat(HallAddress.choose(ClientOptions.parse().server(), settings, baked("server=" + BAKED)).server())
                .isEqualTo(SAVED);
        assertThat(Files.readString(settings)).contains("voice=off");
    }

    @Test
    void theCommandLineAddressIsCheckedAndGetsItsSlash() {
        assertThat(ClientOptions.parse("--server", "http://127.0.0.1:9999").server())
                .isEqualTo(URI.create("http://127.0.0.1:9999/"));
        assertThat(ClientOptions.parse("--offline").offline()).isTrue();
        assertThatThrownBy(() -> ClientOptions.parse("--server", "hall.qingxi.gov.cn"))
                .hasMessage("server: hall.qingxi.gov.cn is no http:// or https:// address");
        assertThatThrownBy(() -> ClientOptions.parse("--server", "http://bad host/"))
                .hasMessageStartingWith("server: http://bad host/ is no address");
    }

    @Test
    void thePackageDefaultLiesBesideTheClientsCode() {
        Path code = Path.of(HallAddress.class.getProtectionDomain().getCodeSource().getLocation().getPath());

        assertThat(HallAddress.bakedFile(HallAddress.class)).isEqualTo(code.resolve("hall-client.properties"));
    }

    private Path settings(String text) throws Exception {
        return Files.writeString(dir.resolve("settings.properties"), text + "\n");
    }

    private Path baked(String text) throws Exception {
        return Files.writeString(dir.resolve("hall-client.properties"), text + "\n");
    }
}
