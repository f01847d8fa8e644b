package org.virtualhall.client.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserDirsTests {

    private static final Path HOME = Path.of("/home/zhang");

    @Test
    void linuxFollowsXdgAndFallsBackToTheHomeFolders() {
        UserDirs xdg = UserDirs.of("Linux", Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_CACHE_HOME", "/var/cache/zhang"), HOME);
        UserDirs plain = UserDirs.of("Linux", Map.of("XDG_CONFIG_HOME", "relative/ignored"), HOME);

        assertThat(xdg).isEqualTo(new UserDirs(Path.of("/cfg/virtual-hall"), Path.of("/var/cache/zhang/virtual-hall")));
        assertThat(xdg.settingsFile()).isEqualTo(Path.of("/cfg/virtual-hall/settings.properties"));
        assertThat(plain).isEqualTo(new UserDirs(HOME.resolve(".config/virtual-hall"), HOME.resolve(".cache/virtual-hall")));
    }

    @Test
    void windowsUsesAppDataAndLocalAppData() {
        Path roaming = Path.of("/users/zhang/AppData/Roaming");
        Path local = Path.of("/users/zhang/AppData/Local");

        UserDirs dirs = UserDirs.of("Windows 11", Map.of("APPDATA", roaming.toString(), "LOCALAPPDATA", local.toString()), HOME);

        assertThat(dirs).isEqualTo(new UserDirs(roaming.resolve("virtual-hall"), local.resolve("virtual-hall/cache")));
    }

    @Test
    void macOsUsesTheLibraryFolders() {
        UserDirs dirs = UserDirs.of("Mac OS X", Map.of("XDG_CONFIG_HOME", "/cfg"), HOME);

        assertThat(dirs).isEqualTo(new UserDirs(HOME.resolve("Library/Application Support/virtual-hall"),
                HOME.resolve("Library/Caches/virtual-hall")));
    }
}
