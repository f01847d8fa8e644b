package org.virtualhall.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The real parts of the launcher, loaded as ./hall loads them (sourced inside a function, with {@code set -u}): every
 * part names its ports and where to reach it, so nothing a part defines at load time is lost to the function's scope.
 */
class LauncherPartsTests {

    @Test
    void everyPartNamesItsPortsAndAddresses() throws Exception {
        Path repo = Path.of("").toAbsolutePath().getParent();
        String script = """
                set -euo pipefail
                export HALL_ROOT="$1"
                source "$HALL_ROOT/tools/launcher/lib.sh"
                load_parts
                for p in "${PARTS[@]}"; do
                  if declare -F "${p}_ports" >/dev/null; then echo "$p ports: $("${p}_ports" | tr '\\n' ' ')"; fi
                  if declare -F "${p}_urls" >/dev/null; then "${p}_urls" >/dev/null; fi
                done
                """;
        Process bash = new ProcessBuilder("bash", "-c", script, "parts", repo.toString()).redirectErrorStream(true)
                .start();
        assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(bash.exitValue()).as(out).isZero();
        assertThat(out).contains("gateway ports: 8081 8080 8082").contains("approval ports: 8090")
                .doesNotContain("unbound variable");
    }
}
