package org.virtualhall.model.hall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtualhall.model.layout.Fixture;
import org.virtualhall.model.layout.FixtureKind;
import org.virtualhall.model.layout.Floor;
import org.virtualhall.model.layout.Point;
import org.virtualhall.model.layout.Zone;
import org.virtualhall.model.panorama.PanoramaImage;
import org.virtualhall.model.panorama.Viewpoint;

class ViewpointChecksTests {

    private static final String FILE = "viewpoints.yaml";

    @TempDir
    Path dir;

    private HallFolder folder;

    @BeforeEach
    void copyTheShippedHall() {
        folder = HallFolder.copyOfShippedHall(dir);
    }

    @Test
    void theShippedHallHasAPanoramaInEveryZoneAtTheEntranceAndAtEveryGuideDesk() {
        Hall hall = HallLoader.fromClasspath();
        for (Floor floor : hall.layout().floors()) {
            for (Zone zone : floor.zones()) {
                assertThat(hall.viewpoints()).as("zone " + zone.id())
                        .anySatisfy(v -> assertThat(v.floor() == floor.level() && zone.area().contains(
                                new Point(v.x(), v.y()))).isTrue());
            }
            for (Fixture desk : floor.fixtures().stream().filter(f -> f.kind() == FixtureKind.GUIDE_DESK).toList()) {
                assertThat(hall.viewpoints()).as("guide desk " + desk.id()).anySatisfy(v -> assertThat(
                        v.floor() == floor.level() && desk.area().centre().distanceTo(
                                new Point(v.x(), v.y())) < 4).isTrue());
            }
        }
        assertThat(hall.viewpoints()).anySatisfy(v -> assertThat(v.floor() == 1
                && hall.layout().entrance().distanceTo(new Point(v.x(), v.y())) < 3).isTrue());
        assertThat(hall.viewpoints()).allSatisfy(v -> {
            assertThat(v.panorama()).isEqualTo("/api/panoramas/" + v.id() + ".jpg");
            assertThat(v.hotspots()).isNotEmpty();
        });
    }

    @Test
    void thePhotosCountInTheVersion() {
        String before = folder.load().version();
        folder.writeBytes("panoramas/f1-entrance.jpg", jpeg(1024, 512));
        assertThat(folder.load().version()).isNotEqualTo(before);
    }

    @Test
    void aHotspotOfAnUnknownWindow() {
        hotspot("f1-zone-a", 0, h -> h.put("target", "A99"));
        assertProblem("viewpoint f1-zone-a", "hotspots[0].target: window A99 does not exist");
    }

    @Test
    void aHotspotOfAnUnknownViewpoint() {
        hotspot("f1-entrance", 0, h -> h.put("target", "f9-nowhere"));
        assertProblem("viewpoint f1-entrance", "hotspots[0].target: viewpoint f9-nowhere does not exist");
    }

    @Test
    void aHotspotOutsideTheSphere() {
        hotspot("f1-entrance", 1, h -> h.put("yaw", 200).put("pitch", -95));
        assertProblem("viewpoint f1-entrance", "hotspots[1].yaw: 200.0 is not between -180 and 180 degrees");
        assertProblem("viewpoint f1-entrance", "hotspots[1].pitch: -95.0 is not between -90 and 90 degrees");
    }

    @Test
    void aViewpointOutsideTheFloor() {
        folder.editEntry(FILE, "id", "f1-zone-c", v -> v.put("x", 70));
        assertProblem("viewpoint f1-zone-c", "x, y: (70.0, 16.0) is outside floor 1 (64.0 × 36.0 m)");
    }

    @Test
    void aViewpointInsideAWallOrACounter() {
        folder.editEntry(FILE, "id", "f1-zone-a", v -> v.put("x", 0.2));
        folder.editEntry(FILE, "id", "f1-zone-b", v -> v.put("x", 13).put("y", 2));
        assertProblem("viewpoint f1-zone-a", "is inside the wall from Point[x=0.0, y=0.0] to Point[x=0.0, y=36.0]");
        assertProblem("viewpoint f1-zone-b", "x, y: (13.0, 2.0) is inside the counter of window B01");
    }

    @Test
    void aViewpointOnAFloorThatDoesNotExist() {
        folder.editEntry(FILE, "id", "f2-zone-e", v -> v.put("floor", 3));
        assertProblem("viewpoint f2-zone-e", "floor: 3 does not exist");
    }

    @Test
    void aMissingPhoto() {
        folder.editEntry(FILE, "id", "f1-guide", v -> v.put("id", "f1-desk"));
        folder.edit(FILE, list -> list.forEach(v -> v.path("hotspots").forEach(h -> {
            if ("f1-guide".equals(h.path("target").asText())) {
                ((ObjectNode) h).put("target", "f1-desk");
            }
        })));
        assertProblem("viewpoint f1-desk", "panorama: the photo panoramas/f1-desk.jpg does not exist");
    }

    @Test
    void aPhotoThatIsNotTwoToOne() {
        folder.writeBytes("panoramas/f1-zone-d.jpg", jpeg(1000, 600));
        assertProblem("viewpoint f1-zone-d", "panorama: panoramas/f1-zone-d.jpg: 全景图须为2:1的等距柱状投影，此图为1000×600");
    }

    @Test
    void aPhotoThatIsNotAJpeg() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(1024, 512, BufferedImage.TYPE_INT_RGB), "png", png);
        folder.writeBytes("panoramas/f2-help.jpg", png.toByteArray());
        assertProblem("viewpoint f2-help", "panorama: panoramas/f2-help.jpg: 不是JPEG图片（按文件内容判断）");
    }

    @Test
    void anUnknownKeyIsNamedWithItsViewpoint() {
        folder.editEntry(FILE, "id", "f1-zone-b", v -> v.put("heigth", 1));
        assertProblem("viewpoint f1-zone-b", "heigth");
    }

    @Test
    void thePanoramaCheckReadsOnlyTheHeader() {
        assertThat(PanoramaImage.size(jpeg(2048, 1024))).containsExactly(2048, 1024);
        assertThat(PanoramaImage.problem(jpeg(2048, 1024))).isEmpty();
        assertThat(PanoramaImage.problem(jpeg(256, 128))).hasValue("全景图宽度至少512像素，此图为256×128");
        assertThat(PanoramaImage.problem(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1})).hasValue("JPEG图片无法读取");
    }

    @Test
    void thePhotosAreNotCheckedWhenTheyAreToBeRendered() {
        folder.writeBytes("panoramas/f1-zone-d.jpg", new byte[] {1, 2, 3});
        Hall hall = HallLoader.loadWithoutPhotos(HallSource.directory(dir));
        assertThat(hall.viewpoint("f1-zone-d")).map(Viewpoint::file).hasValue("panoramas/f1-zone-d.jpg");
    }

    private void hotspot(String viewpoint, int index, Consumer<ObjectNode> change) {
        folder.editEntry(FILE, "id", viewpoint, v -> change.accept((ObjectNode) ((ArrayNode) v.get("hotspots")).get(index)));
    }

    private void assertProblem(String entry, String message) {
        folder.assertProblem(FILE, entry, message);
    }

    static byte[] jpeg(int width, int height) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "jpeg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
