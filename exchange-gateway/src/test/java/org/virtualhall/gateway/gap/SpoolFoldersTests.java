package org.virtualhall.gateway.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpoolFoldersTests {

    @Test
    void aRoleStartedBeforeTheFerryHasSpoolsItCanWrite(@TempDir Path home) {
        GapProperties props = new GapProperties("k", home.resolve("gap/outer-out"), home.resolve("gap/outer-in"),
                home.resolve("outer/gap"), 500, 4_000_000, Duration.ofMillis(50), Duration.ofMillis(200),
                Duration.ofSeconds(5), 20, 64 << 20, true, "");

        new SpoolFolders(props);

        assertThat(props.spoolOut()).isDirectory().isWritable();
        assertThat(props.spoolIn()).isDirectory().isWritable();
    }
}
