package org.virtualhall.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricSpecTests {

    private static List<MetricSpec> read(String yaml) throws IOException {
        return MetricSpec.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aPathFollowsNestedObjectsAndKeysThatHoldDots() throws IOException {
        JsonNode json = new ObjectMapper().readTree("{\"facts\":{\"route.p99Ms\":1.5,\"route\":{\"x\":2}},\"a\":{\"b\":3}}");

        assertThat(JsonPath.number(json, "facts.route.p99Ms")).hasValue(1.5);
        assertThat(JsonPath.number(json, "facts.route.x")).hasValue(2);
        assertThat(JsonPath.number(json, "a.b")).hasValue(3);
        assertThat(JsonPath.number(json, "a.c")).isEmpty();
        assertThat(JsonPath.number(json, "facts")).as("an object is no number").isEmpty();
        assertThat(JsonPath.number(json, "a.renamed | a.b")).as("the first path that is there").hasValue(3);
        assertThat(JsonPath.number(json, "a.b | facts.route.x")).hasValue(3);
    }

    @Test
    void aShareIsDividedAndShownAsPercentAndTheDirectionDecidesTheVerdict() throws IOException {
        List<MetricSpec> specs = read("""
            - {bench: s, field: hits, per: all, label: hit rate, unit: "%", target: 90, better: higher}
            - {bench: s, field: ms, label: p99, unit: ms, target: 30, better: lower}
            """);
        JsonNode json = new ObjectMapper().readTree("{\"hits\":45,\"all\":50,\"ms\":31}");

        assertThat(specs.get(0).valueIn(json)).hasValue(90.0);
        assertThat(specs.get(0).met(90.0)).isTrue();
        assertThat(specs.get(1).met(31)).isFalse();
        assertThat(specs.get(1).met(30)).isTrue();
        assertThat(specs.get(0).targetText()).isEqualTo("≥ 90%");
        assertThat(specs.get(1).targetText()).isEqualTo("≤ 30");
    }

    @Test
    void aBrokenLineNamesTheMetricAndWhatIsWrong() {
        assertThatThrownBy(() -> read("- {bench: s, field: ms, label: p99, target: 30}"))
            .hasMessage("metric 'p99': a target needs better: higher | lower");
        assertThatThrownBy(() -> read("- {bench: s, label: p99}")).hasMessage("metric 'p99': field is missing");
        assertThatThrownBy(() -> read("bench: s")).hasMessageContaining("must be a YAML list");
    }

    @Test
    void theCpuModelComesFromCpuinfo(@TempDir Path dir) throws IOException {
        Path cpuinfo = Files.writeString(dir.resolve("cpuinfo"), "processor\t: 0\nmodel name\t: Some CPU @ 3.1GHz\n");

        assertThat(Machine.cpuModel(cpuinfo)).isEqualTo("Some CPU @ 3.1GHz");
        assertThat(Machine.cpuModel(dir.resolve("absent"))).isEqualTo("unknown CPU");
    }
}
