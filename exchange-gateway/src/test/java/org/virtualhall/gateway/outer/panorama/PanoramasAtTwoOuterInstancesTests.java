package org.virtualhall.gateway.outer.panorama;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.virtualhall.gateway.outer.panorama.PanoramaHttp.jpeg;

import java.awt.Color;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.virtualhall.gateway.support.GatewayCluster;
import org.virtualhall.gateway.support.HallClient;
import org.virtualhall.gateway.support.OuterInstances;
import org.virtualhall.gateway.support.TestHall;
import org.virtualhall.model.hall.PublishedHall;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.panorama.PanoramaPhoto;
import org.virtualhall.model.panorama.Viewpoint;

/**
 * Two outer instances on one PostgreSQL: a photo that crosses the gap is taken off it by one of them and served by
 * both alike, from the database they share; a publication without its viewpoint drops it for both.
 */
class PanoramasAtTwoOuterInstancesTests {

    @TempDir
    static Path home;
    static OuterInstances cluster;
    static HallClient inner;
    static List<String> outers;

    @BeforeAll
    static void start() throws Exception {
        cluster = new OuterInstances(home, 2);
        inner = new HallClient(GatewayCluster.baseUrl(cluster.inner()));
        outers = List.of(GatewayCluster.baseUrl(cluster.outer(0)), GatewayCluster.baseUrl(cluster.outer(1)));
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Test
    void aPhotoFromTheGapIsServedIdenticallyByBothInstancesAndAReplacementReplacesIt() throws Exception {
        byte[] first = jpeg(2048, 1024, Color.ORANGE);
        send("f1-guide", first);
        awaitServedByBoth("/api/panoramas/f1-guide.jpg", first);
        assertIdenticalAtBoth("/api/panoramas/f1-guide.jpg");
        assertIdenticalAtBoth("/api/panoramas/f1-guide.jpg?size=preview");
        HttpResponse<byte[]> preview = PanoramaHttp.get(outers.get(0), "/api/panoramas/f1-guide.jpg?size=preview", null);
        assertThat(PanoramaHttp.size(preview.body())).containsExactly(1024, 512);

        byte[] second = jpeg(1024, 512, Color.GREEN);
        send("f1-guide", second);
        awaitServedByBoth("/api/panoramas/f1-guide.jpg", second);
        assertIdenticalAtBoth("/api/panoramas/f1-guide.jpg");
        assertThat(rows("f1-guide")).isEqualTo(1);
        for (int i = 0; i < 2; i++) {
            assertThat(home.resolve("outer-" + OuterInstances.name(i)).resolve("catalog").resolve("panoramas")).doesNotExist();
        }
    }

    @Test
    void aViewpointLeftOutOfAPublicationLosesItsPhotoAtBothInstances() throws Exception {
        byte[] shipped = PanoramaHttp.get(outers.get(0), "/api/panoramas/f1-zone-a.jpg", null).body();
        byte[] photo = jpeg(1024, 512, Color.MAGENTA);
        send("f1-zone-a", photo);
        awaitServedByBoth("/api/panoramas/f1-zone-a.jpg", photo);

        PublishedHall full = PublishedHall.of(TestHall.withTestItems());
        publish(new PublishedHall("v-without-zone-a", full.hall(), full.departments(), full.windows(), full.staff(),
                full.items(), full.viewpoints().stream().filter(v -> !v.id().equals("f1-zone-a")).map(v -> new Viewpoint(
                        v.id(), v.floor(), v.x(), v.y(), v.heading(), null,
                        v.hotspots().stream().filter(h -> !"f1-zone-a".equals(h.target())).toList())).toList()));
        await().atMost(Duration.ofMinutes(1)).until(() -> rows("f1-zone-a") == 0);
        for (String outer : outers) {
            await().atMost(Duration.ofMinutes(1)).until(() ->
                    PanoramaHttp.get(outer, "/api/panoramas/f1-zone-a.jpg", null).statusCode() == 404);
        }

        publish(new PublishedHall("v-with-zone-a", full.hall(), full.departments(), full.windows(), full.staff(),
                full.items(), full.viewpoints()));
        awaitServedByBoth("/api/panoramas/f1-zone-a.jpg", shipped);
    }

    private static void send(String viewpoint, byte[] jpeg) throws Exception {
        HallClient.Response sent = inner.post("/api/outbound/panoramas",
                HallJson.wire().writeValueAsBytes(new PanoramaPhoto(viewpoint, jpeg)), null);
        assertThat(sent.status()).as(sent.body()).isEqualTo(202);
    }

    private static void publish(PublishedHall hall) throws Exception {
        HallClient.Response sent = inner.post("/api/outbound/catalog", HallJson.wire().writeValueAsBytes(hall), null);
        assertThat(sent.status()).as(sent.body()).isEqualTo(202);
    }

    private static void awaitServedByBoth(String path, byte[] expected) {
        for (String outer : outers) {
            await().atMost(Duration.ofMinutes(1)).until(() -> {
                HttpResponse<byte[]> r = PanoramaHttp.get(outer, path, null);
                return r.statusCode() == 200 && Arrays.equals(r.body(), expected);
            });
        }
    }

    /** The same bytes and tag at both, and each answers 304 to the other's tag. */
    private static void assertIdenticalAtBoth(String path) throws Exception {
        HttpResponse<byte[]> atA = PanoramaHttp.get(outers.get(0), path, null);
        HttpResponse<byte[]> atB = PanoramaHttp.get(outers.get(1), path, null);
        String etag = atA.headers().firstValue("ETag").orElseThrow();
        assertThat(atB.body()).isEqualTo(atA.body());
        assertThat(atB.headers().firstValue("ETag")).hasValue(etag);
        assertThat(atB.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(PanoramaHttp.get(outers.get(1), path, etag).statusCode()).isEqualTo(304);
        assertThat(PanoramaHttp.get(outers.get(0), path, atB.headers().firstValue("ETag").orElseThrow()).statusCode())
                .isEqualTo(304);
    }

    private static int rows(String viewpoint) {
        return cluster.outer(0).getBean(JdbcTemplate.class)
                .queryForObject("SELECT count(*) FROM panorama_photo WHERE viewpoint = ?", Integer.class, viewpoint);
    }
}
