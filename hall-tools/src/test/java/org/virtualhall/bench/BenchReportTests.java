package org.virtualhall.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summary and plots from benchmark JSON as the four benchmarks wrote it on 2026-11-23; approval.json in the
 * flat layout of the approval-speed branch (its single-intake and dashboard figures are that day's).
 */
class BenchReportTests {

    private static final Machine MACHINE = new Machine(2, 24L << 30, "Test CPU @ 2.0GHz",
        ZonedDateTime.of(2026, 11, 23, 13, 5, 0, 0, ZoneOffset.UTC));
    private static final List<String> ALL = List.of("search", "search-scale", "gateway", "gateway-chaos", "topology", "approval",
        "client", "client-city");

    @TempDir
    Path dir;
    List<MetricSpec> specs;

    @BeforeEach
    void copySamples() throws Exception {
        try (Stream<Path> samples = Files.list(Path.of(getClass().getResource("/sample").toURI()))) {
            for (Path sample : samples.toList()) {
                Files.copy(sample, dir.resolve(sample.getFileName()));
            }
        }
        try (InputStream in = getClass().getResourceAsStream("/bench-metrics.yaml")) {
            specs = MetricSpec.read(in);
        }
    }

    @Test
    void everyMetricOfEveryBenchmarkIsOneRowWithValueTargetAndVerdict() throws IOException {
        String md = BenchReport.write(new BenchResults(dir, ALL, Set.of()), specs, MACHINE, null);

        assertThat(md).contains("Machine: 2 cores, 24.0 GiB memory, Test CPU @ 2.0GHz, 2026-11-23 13:05 UTC.")
            .contains("| part | metric | value | target | met |")
            .contains("| search | search QPS (no cache) | 166 req/s | ≥ 500 req/s | ✗ |")
            .contains("| search | colloquial top-3 hit rate | 98.4% | ≥ 95% | ✓ |")
            .contains("| search | stock analyzer top-3 (baseline) | 51.7% | — |  |")
            .contains("| gateway | gateway p99 | 2,946 ms | ≤ 1,000 ms | ✗ |")
            .contains("| gateway | submissions lost | 0 | ≤ 0 | ✓ |")
            .contains("| gateway-chaos | reliability run: accepted but missing in approval | 0 | ≤ 0 | ✓ |")
            .contains("| gateway-chaos | reliability run: refusals with a reason | 100% | ≥ 100% | ✓ |")
            .contains("| approval | dashboard first query (PostgreSQL) | 121 ms | ≤ 200 ms | ✓ |")
            .contains("| client | route p99 | 1.24 ms | ≤ 5 ms | ✓ |")
            .contains("| topology | clusters run: cases created twice | 0 | ≤ 0 | ✓ |")
            .contains("Runs: search ✓ ran; search-scale ✓ ran; gateway ✓ ran; gateway-chaos ✓ ran; topology ✓ ran; approval ✓ ran; "
                + "client ✓ ran; client-city ✓ ran.")
            .doesNotContain("No metric mapped");
        assertThat(md.lines().filter(line -> line.startsWith("| ") && !line.startsWith("| part"))).hasSize(specs.size());
        assertThat(Files.readString(dir.resolve("summary.md"))).isEqualTo(md);
    }

    @Test
    void everyLineOfTheMetricTableFindsItsFieldInTheSampleJson() throws IOException {
        List<Measurement> rows = new BenchResults(dir, ALL, Set.of()).measure(specs);

        assertThat(rows).as("a field in bench-metrics.yaml that the benchmark does not write (add it to the sample JSON "
                + "in src/test/resources/sample too)")
            .allSatisfy(row -> assertThat(row.hasValue()).as(row.spec().bench() + " " + row.spec().field()).isTrue());
    }

    @Test
    void aFailedBenchmarkIsReportedFailedEvenWhenAnOldJsonIsLeftAndAMissingOneHasNoResult() throws IOException {
        Files.delete(dir.resolve("gateway.json"));

        String md = BenchReport.write(new BenchResults(dir, ALL, Set.of("approval"), Map.of("approval", 42L)), specs, MACHINE,
            "Quick run.");

        assertThat(md).contains("Quick run.")
            .contains("approval ✗ failed in 42 s (log: approval-run.log)")
            .contains("| approval | approval intake (H2) | — | ≥ 2,000 cases/s | ✗ benchmark failed |")
            .contains("| gateway | gateway end to end | — | ≥ 2,000 subm/s | ✗ no result |")
            .contains("| client | client fps 1280x720 | 75.8 fps | ≥ 60 fps | ✓ |");
    }

    @Test
    void aBenchmarkWithoutMetricLinesIsNamedAndARenamedFieldIsFlagged() throws IOException {
        Files.writeString(dir.resolve("client.json"), "{\"facts\":{\"fps\":12}}");
        List<String> benches = List.of("search", "gateway", "approval", "client", "newpart");

        String md = BenchReport.write(new BenchResults(dir, benches, Set.of()), specs, MACHINE, null);

        assertThat(md).contains("No metric mapped yet for: newpart")
            .contains("| client | client fps 1280x720 | 12 fps | ≥ 60 fps | ✗ |")
            .contains("| client | client first frame | — | ≤ 5,000 ms | ✗ not in the JSON |");
    }

    @Test
    void plotsDrawABarPerMetricColouredByItsVerdictAndNoBarForAFailedOne() throws IOException {
        BenchReport.write(new BenchResults(dir, ALL, Set.of("gateway")), specs, MACHINE, null);

        BufferedImage throughput = ImageIO.read(dir.resolve("throughput.png").toFile());
        assertThat(throughput.getWidth()).isEqualTo(BarChart.WIDTH);
        assertThat(throughput.getHeight()).isEqualTo(BarChart.HEIGHT);
        List<String> order = specs.stream().filter(spec -> "throughput".equals(spec.plot())).map(MetricSpec::label).toList();
        assertThat(colourAtBarFoot(throughput, order.indexOf("client fps 1280x720"), order.size())).isEqualTo(BarChart.MET);
        assertThat(colourAtBarFoot(throughput, order.indexOf("search QPS (no cache)"), order.size())).isEqualTo(BarChart.MISSED);
        assertThat(colourAtBarFoot(throughput, order.indexOf("gateway end to end"), order.size())).isEqualTo(Color.WHITE);
        assertThat(ImageIO.read(dir.resolve("latency.png").toFile())).isNotNull();
    }

    private static Color colourAtBarFoot(BufferedImage image, int bar, int bars) {
        int x = BarChart.slotX(bar, bars) + BarChart.slotWidth(bars) / 2;
        return new Color(image.getRGB(x, BarChart.plotBottom() - 3));
    }
}
