package org.virtualhall.client.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtualhall.client.api.ApiTypes.Credentials;
import org.virtualhall.client.api.ApiTypes.Session;

class SavedSessionTests {

    private static final URI SERVER = URI.create("http://127.0.0.1:8080/");
    private static final Credentials ZHANG = new Credentials("张三", "11010519491231002X", "13800138000");

    @TempDir
    Path dir;

    private CitizenSession session(String refreshToken) {
        Instant now = Instant.now();
        return CitizenSession.of(ZHANG, new Session("t1", now.plusSeconds(1800), refreshToken, now.plusSeconds(86400)), now);
    }

    @Test
    void aSessionIsKeptReadableByItsOwnerOnlyAndComesBackToBeRenewed() throws Exception {
        Path file = dir.resolve("config").resolve("virtual-hall").resolve("session.json");
        SavedSession.at(file, SERVER).save(session("r1.abc"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        CitizenSession back = SavedSession.at(file, SERVER).load().orElseThrow();
        assertThat(back.person()).isEqualTo(ZHANG);
        assertThat(back.refreshToken()).isEqualTo("r1.abc");
        assertThat(back.active()).as("no access token until renewed").isFalse();
        assertThat(back.renewAt()).isBefore(Instant.now());
        assertThat(Files.readString(file)).doesNotContain("t1");
    }

    @Test
    void anotherServersSessionIsNotUsedAndAClearedOneIsGone() {
        Path file = dir.resolve("session.json");
        SavedSession.at(file, SERVER).save(session("r1.abc"));

        assertThat(SavedSession.at(file, URI.create("http://127.0.0.1:9999/")).load()).isEmpty();
        SavedSession.at(file, SERVER).clear();
        assertThat(file).doesNotExist();
        assertThat(SavedSession.at(file, SERVER).load()).isEmpty();
    }

    @Test
    void aSessionThatCannotBeRenewedIsNotKept() {
        Path file = dir.resolve("session.json");
        SavedSession.at(file, SERVER).save(session("r1.abc"));

        SavedSession.at(file, SERVER).save(session(null));

        assertThat(file).doesNotExist();
    }
}
