package org.virtualhall.launch.part;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartTests {

    @Test
    void aGatewayRoleRunsItsJarWithItsProfilePortAndJvmOptions() {
        List<String> command = Part.gatewayRole("outer").command(Program.jar(Path.of("gw.jar")), Sizing.SERVICE, 18080,
                List.of("--hall.gateway.home=/tmp/gw"));

        assertThat(command.get(0)).endsWith("/bin/java");
        assertThat(command.subList(1, command.size())).containsExactly("-Xmx512m", "-XX:+UseParallelGC",
                "-Dfile.encoding=UTF-8", "-jar", "gw.jar", "--spring.profiles.active=outer", "--server.port=18080",
                "--hall.gateway.home=/tmp/gw");
    }

    @Test
    void testsScaleOnlyTheHeap() {
        for (Part part : Part.values()) {
            List<String> service = part.jvmOptions(Sizing.SERVICE);
            List<String> test = part.jvmOptions(Sizing.TEST);

            assertThat(test).hasSameSizeAs(service);
            assertThat(test.stream().filter(o -> !o.startsWith("-Xmx")))
                    .containsExactlyElementsOf(service.stream().filter(o -> !o.startsWith("-Xmx")).toList());
        }
        assertThat(Part.APPROVAL.jvmOptions(Sizing.TEST)).contains("-Xmx384m");
    }

    @Test
    void everyRoleOfTheGatewayHasTheSameJvmOptions() {
        assertThat(Part.GATEWAY_INNER.jvmOptions(Sizing.SERVICE)).isEqualTo(Part.GATEWAY_OUTER.jvmOptions(Sizing.SERVICE))
                .isEqualTo(Part.GATEWAY_FERRY.jvmOptions(Sizing.SERVICE));
    }

    @Test
    void aClassPathRunsTheMainClass() {
        List<String> command = Part.APPROVAL.command(Program.classPath("a b/x.jar:y.jar"), Sizing.SERVICE, 8090, List.of());

        assertThat(command).containsSubsequence("-cp", "a b/x.jar:y.jar", "org.virtualhall.approval.ApprovalApplication",
                "--server.port=8090");
    }

    @Test
    void theInnerSearchNodeStartsAnEmptyNodeOfItsOwn() {
        List<String> command = Part.INNER_SEARCH.command(Program.classPath("s.jar"), Sizing.SERVICE, 9201,
                List.of("/run/inner-elasticsearch"));

        assertThat(command).containsSubsequence("org.virtualhall.search.cli.SearchCommand", "node", "9201",
                "/run/inner-elasticsearch");
        assertThat(Part.named("inner-search")).isEqualTo(Part.INNER_SEARCH);
    }

    @Test
    void healthIsOnTheLoopbackAtThePartsPath() {
        assertThat(Part.SEARCH.health(19200)).hasValueSatisfying(
                uri -> assertThat(uri).hasToString("http://127.0.0.1:19200/hall-windows/_count"));
        assertThat(Part.INNER_SEARCH.health(9201)).hasValueSatisfying(uri -> assertThat(uri)
                .hasToString("http://127.0.0.1:9201/_cluster/health?wait_for_status=yellow&timeout=1s"));
        assertThat(Part.GATEWAY_FERRY.health(8082)).hasValueSatisfying(
                uri -> assertThat(uri).hasToString("http://127.0.0.1:8082/actuator/health"));
        assertThat(Part.CLIENT.health(0)).isEmpty();
    }

    @Test
    void anUnknownNameListsTheKnownOnes() {
        assertThatThrownBy(() -> Part.named("gateway-middle")).hasMessageContaining("gateway-outer")
                .hasMessageContaining("client");
    }
}
