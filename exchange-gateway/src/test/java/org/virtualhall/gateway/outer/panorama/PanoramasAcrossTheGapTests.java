package org.virtualhall.gateway.outer.panorama;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.virtualhall.gateway.outer.panorama.PanoramaHttp.jpeg;
import static org.virtualhall.gateway.outer.panorama.PanoramaHttp.size;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtualhall.gateway.support.GatewayCluster;
import org.virtualhall.gateway.support.HallClient;
import org.virtualhall.gateway.support.TestHall;
import org.virtualhall.model.hall.PublishedHall;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.panorama.Hotspot;
import org.virtualhall.model.panorama.PanoramaPhoto;
import org.virtualhall.model.panorama.Viewpoint;

/** Outer, ferry and inner in one JVM: the viewpoints and their photos cross the gap on the catalog channel. */
class PanoramasAcrossTheGapTests {

    @TempDir
    static Path home;
    static GatewayCluster cluster;
    static HallClient citizen;
    static HallClient innerAdmin;
    static String outer;

    @BeforeAll
    static void start() throws Exception {
        cluster = new GatewayCluster(home).startWithTestHall();
        citizen = cluster.citizenClient();
        innerAdmin = cluster.innerClient();
        outer = GatewayCluster.baseUrl(cluster.outer());
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Test
    void theShippedViewpointsAreListedWithTheirPhotoAndAPreview() throws Exception {
        JsonNode viewpoints = citizen.get("/api/hall", null).json().get("viewpoints");
        assertThat(viewpoints).hasSizeGreaterThanOrEqualTo(8);
        JsonNode first = viewpoints.get(0);
        List<String> fields = new ArrayList<>();
        first.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("id", "floor", "x", "y", "heading", "panorama", "hotspots");
        assertThat(first.get("panorama").asText()).isEqualTo("/api/panoramas/" + first.get("id").asText() + ".jpg");

        HttpResponse<byte[]> full = get(first.get("panorama").asText(), null);
        assertThat(full.statusCode()).isEqualTo(200);
        assertThat(full.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(size(full.body())).containsExactly(2048, 1024);
        String etag = full.headers().firstValue("ETag").orElseThrow();
        assertThat(get(first.get("panorama").asText(), etag).statusCode()).isEqualTo(304);

        HttpResponse<byte[]> preview = get(first.get("panorama").asText() + "?size=preview", null);
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(size(preview.body())).containsExactly(1024, 512);
        assertThat(preview.headers().firstValue("ETag")).isPresent().isNotEqualTo(etag);
    }

    @Test
    void anUnknownViewpointOrSizeIsRefused() throws Exception {
        HttpResponse<byte[]> unknown = get("/api/panoramas/f9-nowhere.jpg", null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(new String(unknown.body())).contains("\"field\":\"id\"");
        assertThat(get("/api/panoramas/f1-entrance.jpg?size=huge", null).statusCode()).isEqualTo(400);
    }

    @Test
    void aChangedHotspotAndANewPhotoPublishedInsideReachTheOuterHall() throws Exception {
        PublishedHall published = PublishedHall.of(TestHall.withTestItems());
        List<Viewpoint> viewpoints = new ArrayList<>(published.viewpoints());
        Viewpoint guide = viewpoints.stream().filter(v -> v.id().equals("f1-guide")).findFirst().orElseThrow();
        List<Hotspot> hotspots = new ArrayList<>(guide.hotspots());
        hotspots.add(new Hotspot(-30, 2, Hotspot.Kind.WINDOW, "B04", "B04窗口"));
        viewpoints.set(viewpoints.indexOf(guide), new Viewpoint(guide.id(), guide.floor(), guide.x(), guide.y(), 45,
                null, hotspots));
        PublishedHall changed = new PublishedHall("v-panorama", published.hall(), published.departments(),
                published.windows(), published.staff(), published.items(), viewpoints);
        byte[] photo = jpeg(1024, 512, Color.ORANGE);
        HttpResponse<byte[]> before = get("/api/panoramas/f1-guide.jpg", null);

        HallClient.Response sent = innerAdmin.post("/api/outbound/panoramas",
                HallJson.wire().writeValueAsBytes(new PanoramaPhoto("f1-guide", photo)), null);
        assertThat(sent.status()).as(sent.body()).isEqualTo(202);
        assertThat(innerAdmin.post("/api/outbound/catalog", HallJson.wire().writeValueAsBytes(changed), null).status())
                .isEqualTo(202);

        await().atMost(Duration.ofSeconds(30)).until(() -> citizen.get("/api/hall", null).json().get("version").asText()
                .equals("v-panorama"));
        JsonNode guideNow = citizen.get("/api/hall", null).json().get("viewpoints").findParents("id").stream()
                .filter(v -> v.get("id").asText().equals("f1-guide")).findFirst().orElseThrow();
        assertThat(guideNow.get("heading").asDouble()).isEqualTo(45);
        assertThat(guideNow.get("hotspots").findValuesAsText("target")).contains("B04");
        await().atMost(Duration.ofSeconds(30)).until(() -> size(get("/api/panoramas/f1-guide.jpg", null).body())[0] == 1024);
        HttpResponse<byte[]> after = get("/api/panoramas/f1-guide.jpg", null);
        assertThat(after.body()).isEqualTo(photo);
        assertThat(after.headers().firstValue("ETag")).isNotEqualTo(before.headers().firstValue("ETag"));
        assertThat(get("/api/panoramas/f1-guide.jpg", before.headers().firstValue("ETag").orElseThrow()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void theInnerGatewayRefusesAPhotoThatIsNotATwoToOneJpeg() throws Exception {
        HallClient.Response square = innerAdmin.post("/api/outbound/panoramas",
                HallJson.wire().writeValueAsBytes(new PanoramaPhoto("f1-zone-a", jpeg(600, 600, Color.BLUE))), null);
        assertThat(square.status()).isEqualTo(400);
        assertThat(square.json().get("field").asText()).isEqualTo("jpeg");
        assertThat(square.json().get("reason").asText()).contains("2:1").contains("600×600");
        HallClient.Response png = innerAdmin.post("/api/outbound/panoramas",
                HallJson.wire().writeValueAsBytes(Map.of("viewpoint", "f1-zone-a", "jpeg", "iVBORw0KGgo=")), null);
        assertThat(png.status()).isEqualTo(400);
        assertThat(png.json().get("reason").asText()).contains("不是JPEG");
        HallClient.Response badId = innerAdmin.post("/api/outbound/panoramas",
                HallJson.wire().writeValueAsBytes(new PanoramaPhoto("../etc", jpeg(1024, 512, Color.BLUE))), null);
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.json().get("field").asText()).isEqualTo("viewpoint");
    }

    private static HttpResponse<byte[]> get(String path, String ifNoneMatch) throws IOException, InterruptedException {
        return PanoramaHttp.get(outer, path, ifNoneMatch);
    }
}
