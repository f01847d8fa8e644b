package org.virtualhall.launch.part;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrintCommandTests {

    @Test
    void theCommandIsThePartsOwnWithTheArgumentsAfterTheDashes() {
        List<String> lines = PrintCommand.lines(List.of("command", "search", "--class-path", "/x y/classes", "--port",
                "9200", "--", "/run/elasticsearch", ""));

        assertThat(lines).isEqualTo(Part.SEARCH.command(Program.classPath("/x y/classes"), Sizing.SERVICE, 9200,
                List.of("/run/elasticsearch", "")));
    }

    @Test
    void theTestSizingIsTheDefinitionsOwn() {
        List<String> lines = PrintCommand.lines(List.of("command", "approval", "--jar", "a.jar", "--sizing", "test"));

        assertThat(lines).contains("-Xmx384m").doesNotContain("-Xmx512m");
    }

    @Test
    void healthPrintsTheUrl() {
        assertThat(PrintCommand.lines(List.of("health", "gateway-inner", "--port", "8081")))
                .containsExactly("http://127.0.0.1:8081/actuator/health");
    }

    @Test
    void jvmOptionsAreThePartsOwn() {
        assertThat(PrintCommand.lines(List.of("jvm-options", "gateway-ferry")))
                .isEqualTo(Part.GATEWAY_FERRY.jvmOptions(Sizing.SERVICE)).contains("-XX:+UseParallelGC");
    }

    @Test
    void aProgramIsRequiredAndOnlyOne() {
        assertThatThrownBy(() -> PrintCommand.lines(List.of("command", "client")))
                .hasMessageContaining("exactly one of --class-path and --jar");
        assertThatThrownBy(() -> PrintCommand.lines(List.of("command", "client", "--jar", "a.jar", "--class-path", "b")))
                .hasMessageContaining("exactly one");
        assertThatThrownBy(() -> PrintCommand.lines(List.of("command", "client", "--port")))
                .hasMessageContaining("--port needs a value");
    }
}
