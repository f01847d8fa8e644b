package org.virtualhall.approval.panorama;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.virtualhall.approval.catalog.Catalog;
import org.virtualhall.approval.store.TestGateway;
import org.virtualhall.approval.web.ConsoleOnH2;

/** 全景管理 through the real security chain on H2: uploads checked by content, viewpoints checked with the hall, 发布. */
class PanoramaAdminTests extends ConsoleOnH2 {

    @Autowired
    Catalog catalog;

    @Test
    void theShippedViewpointsAreListedWithTheirPhotos() throws Exception {
        mvc.perform(get("/admin/panoramas").with(admin())).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-id=\"f1-entrance\"")))
                .andExpect(content().string(containsString("/admin/panoramas/f1-guide.jpg")));
        mvc.perform(get("/admin/panoramas/f1-guide.jpg").with(admin())).andExpect(status().isOk())
                .andExpect(content().contentType("image/jpeg"));
        mvc.perform(get("/admin/panoramas/f1-guide.jpg").with(as("QX0005"))).andExpect(status().isForbidden());
    }

    @Test
    void badUploadsAreRefusedWithTheReason() throws Exception {
        upload("f1-zone-b", png(1024, 512)).andExpect(flash().attribute("problem", "全景图未上传：不是JPEG图片（按文件内容判断）"));
        upload("f1-zone-b", jpeg(1000, 600))
                .andExpect(flash().attribute("problem", "全景图未上传：全景图须为2:1的等距柱状投影，此图为1000×600"));
        upload("f1-zone-b", new byte[0]).andExpect(flash().attribute("problem", "全景图未上传：未选择图片文件"));
        byte[] huge = Arrays.copyOf(jpeg(1024, 512), 9 * 1024 * 1024);
        upload("f1-zone-b", huge).andExpect(flash().attribute("problem", "全景图未上传：图片过大：9.0 MB，上限 8.0 MB"));
        upload("f9-nowhere", jpeg(1024, 512)).andExpect(flash().attribute("problem", "全景图未上传：点位 f9-nowhere 不存在"));
    }

    @Test
    void aViewpointIsAddedGivenAPhotoAndHotspotsAndPublishedWithTheCatalog() throws Exception {
        save("f1-test", "1", "0.1", "25", "90").andExpect(flash().attribute("problem", containsString("is inside the wall")));
        save("F1 test", "1", "20", "25", "90").andExpect(flash().attribute("problem", containsString("点位编号")));
        save("f1-test", "1", "20", "25", "90").andExpect(flash().attribute("done", "已保存点位 f1-test"));
        mvc.perform(post("/admin/publish").with(admin()).with(csrf()))
                .andExpect(flash().attribute("problem", "点位没有全景图，未发布：f1-test"));

        byte[] photo = jpeg(1024, 512);
        upload("f1-test", photo).andExpect(flash().attribute("done", "已上传全景图：f1-test"));
        hotspot("f1-test", "10", "-5", "WINDOW", "A99", "")
                .andExpect(flash().attribute("problem", containsString("hotspots[0].target: window A99 does not exist")));
        hotspot("f1-test", "10", "-5", "WINDOW", "A03", "A03窗口").andExpect(flash().attribute("done", "已添加热点"));
        hotspot("f1-test", "-100", "-8", "VIEWPOINT", "f1-guide", "前往导服台").andExpect(flash().attribute("done", "已添加热点"));
        mvc.perform(get("/admin/panoramas/f1-test").with(admin())).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"delete-hotspot-2\"")));

        int catalogs = TestGateway.shared().catalogs().size();
        mvc.perform(post("/admin/publish").with(admin()).with(csrf()))
                .andExpect(flash().attribute("done", containsString("全景点位")));
        JsonNode published = TestGateway.shared().catalogs().get(catalogs);
        JsonNode test = published.path("viewpoints").findParents("id").stream()
                .filter(v -> v.path("id").asText().equals("f1-test")).findFirst().orElseThrow();
        assertThat(test.path("heading").asDouble()).isEqualTo(90);
        assertThat(test.path("hotspots").findValuesAsText("target")).containsExactly("A03", "f1-guide");
        assertThat(TestGateway.shared().panoramas()).anySatisfy(p -> {
            assertThat(p.path("viewpoint").asText()).isEqualTo("f1-test");
            assertThat(p.path("jpeg").binaryValue()).isEqualTo(photo);
        });

        mvc.perform(post("/admin/panoramas/f1-test/hotspots/0/delete").with(admin()).with(csrf()))
                .andExpect(flash().attribute("done", "已删除热点 1"));
        assertThat(catalog.viewpoints()).anySatisfy(v -> assertThat(v.id().equals("f1-test")
                && v.hotspots().size() == 1 && v.hotspots().get(0).target().equals("f1-guide")).isTrue());
        mvc.perform(post("/admin/panoramas/f1-guide/delete").with(admin()).with(csrf()))
                .andExpect(flash().attribute("problem", containsString("viewpoint f1-guide does not exist")));
        mvc.perform(post("/admin/panoramas/f1-test/delete").with(admin()).with(csrf()))
                .andExpect(flash().attribute("done", "已删除点位：f1-test"));
        assertThat(catalog.viewpoints()).noneMatch(v -> v.id().equals("f1-test"));
    }

    @Test
    void aPublicationCarriesOnlyThePhotosChangedSinceTheLastAndResendingAllCarriesEveryOne() throws Exception {
        publish("/admin/publish");
        int before = TestGateway.shared().panoramas().size();
        publish("/admin/publish").andExpect(flash().attribute("done", containsString("（发送全景图 0 张）")));
        assertThat(TestGateway.shared().panoramas()).hasSize(before);

        byte[] photo = jpeg(1024, 512);
        upload("f1-zone-c", photo).andExpect(flash().attribute("done", "已上传全景图：f1-zone-c"));
        publish("/admin/publish").andExpect(flash().attribute("done", containsString("（发送全景图 1 张）")));
        assertThat(TestGateway.shared().panoramas()).hasSize(before + 1);
        JsonNode changed = TestGateway.shared().panoramas().get(before);
        assertThat(changed.path("viewpoint").asText()).isEqualTo("f1-zone-c");
        assertThat(changed.path("jpeg").binaryValue()).isEqualTo(photo);

        int viewpoints = catalog.viewpoints().size();
        publish("/admin/publish/all-photos")
                .andExpect(flash().attribute("done", containsString("（发送全景图 " + viewpoints + " 张）")));
        assertThat(TestGateway.shared().panoramas().subList(before + 1, TestGateway.shared().panoramas().size()))
                .extracting(p -> p.path("viewpoint").asText())
                .containsExactlyInAnyOrderElementsOf(catalog.viewpoints().stream().map(v -> v.id()).toList());
        mvc.perform(get("/admin").with(admin())).andExpect(content().string(containsString("id=\"publish-all-photos\"")));
    }

    private ResultActions publish(String path) throws Exception {
        return mvc.perform(post(path).with(admin()).with(csrf()));
    }

    private ResultActions save(String id, String floor, String x, String y, String heading) throws Exception {
        return mvc.perform(post("/admin/panoramas").with(admin()).with(csrf()).param("id", id).param("floor", floor)
                .param("x", x).param("y", y).param("heading", heading));
    }

    private ResultActions hotspot(String id, String yaw, String pitch, String kind, String target, String label)
            throws Exception {
        return mvc.perform(post("/admin/panoramas/" + id + "/hotspots").with(admin()).with(csrf()).param("yaw", yaw)
                .param("pitch", pitch).param("kind", kind).param("target", target).param("label", label));
    }

    private ResultActions upload(String id, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/admin/panoramas/" + id + "/photo")
                .file(new MockMultipartFile("file", "photo.jpg", "image/jpeg", bytes)).with(admin()).with(csrf()));
    }

    static byte[] jpeg(int width, int height) throws IOException {
        return image(width, height, "jpeg");
    }

    private static byte[] png(int width, int height) throws IOException {
        return image(width, height, "png");
    }

    private static byte[] image(int width, int height, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }
}
