package org.virtualhall.approval.panorama;

import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.virtualhall.approval.catalog.Catalog;
import org.virtualhall.model.panorama.Hotspot;
import org.virtualhall.model.panorama.Viewpoint;

/** 全景管理: the viewpoints, their photos and hotspots; 发布 sends them out with the catalog. */
@Controller
class PanoramaAdminController {

    private static final String LIST = "/admin/panoramas";

    private final Catalog catalog;
    private final PanoramaEditor editor;
    private final PanoramaPhotos photos;

    PanoramaAdminController(Catalog catalog, PanoramaEditor editor, PanoramaPhotos photos) {
        this.catalog = catalog;
        this.editor = editor;
        this.photos = photos;
    }

    @GetMapping(LIST)
    String list(Model model) {
        model.addAttribute("viewpoints", catalog.viewpoints());
        return "admin/panoramas";
    }

    @GetMapping(LIST + "/{id}.jpg")
    ResponseEntity<byte[]> photo(@PathVariable String id) {
        return photos.photo(id).map(jpeg -> ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).body(jpeg))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    @GetMapping(LIST + "/{id}")
    String edit(@PathVariable String id, Model model) {
        model.addAttribute("viewpoint", editor.viewpoint(id).orElse(null));
        model.addAttribute("id", id);
        model.addAttribute("hasPhoto", photos.photo(id).isPresent());
        model.addAttribute("floors", catalog.layout().floors());
        model.addAttribute("windows", catalog.store().windows());
        model.addAttribute("others", catalog.viewpoints().stream().filter(v -> !v.id().equals(id)).toList());
        model.addAttribute("kinds", Hotspot.Kind.values());
        return "admin/panorama-form";
    }

    @PostMapping(LIST)
    String save(@RequestParam String id, @RequestParam(required = false) Integer floor,
                @RequestParam(required = false) Double x, @RequestParam(required = false) Double y,
                @RequestParam(required = false) Double heading, RedirectAttributes redirect) {
        if (!Viewpoint.validId(id)) {
            return problem(redirect, LIST + "/new", "点位编号须为1至40位小写字母、数字或连字符，如 f1-zone-a");
        }
        if (floor == null || x == null || y == null || heading == null) {
            return problem(redirect, LIST + "/" + id, "楼层、位置 x/y 和朝向都须填写");
        }
        return outcome(editor.save(id, floor, x, y, heading), id, "已保存点位 " + id, redirect);
    }

    @PostMapping(LIST + "/{id}/photo")
    String upload(@PathVariable String id, @RequestParam("file") MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        return editor.upload(id, file.getBytes())
                .map(p -> problem(redirect, LIST + "/" + id, "全景图未上传：" + p))
                .orElseGet(() -> done(redirect, id, "已上传全景图：" + id));
    }

    @PostMapping(LIST + "/{id}/hotspots")
    String addHotspot(@PathVariable String id, @RequestParam(required = false) Double yaw,
                      @RequestParam(required = false) Double pitch, @RequestParam(required = false) Hotspot.Kind kind,
                      @RequestParam(required = false) String target, @RequestParam(required = false) String label,
                      RedirectAttributes redirect) {
        if (yaw == null || pitch == null || kind == null) {
            return problem(redirect, LIST + "/" + id, "热点须有水平角、俯仰角和类型（可在全景图上点选位置）");
        }
        String to = kind == Hotspot.Kind.NOTICE || target == null || target.isBlank() ? null : target.trim();
        String text = label == null || label.isBlank() ? null : label.trim();
        return outcome(editor.addHotspot(id, new Hotspot(yaw, pitch, kind, to, text)), id, "已添加热点", redirect);
    }

    @PostMapping(LIST + "/{id}/hotspots/{index}/delete")
    String removeHotspot(@PathVariable String id, @PathVariable int index, RedirectAttributes redirect) {
        return outcome(editor.removeHotspot(id, index), id, "已删除热点 " + (index + 1), redirect);
    }

    @PostMapping(LIST + "/{id}/delete")
    String delete(@PathVariable String id, RedirectAttributes redirect) {
        List<String> problems = editor.delete(id);
        if (!problems.isEmpty()) {
            return problem(redirect, LIST + "/" + id, "不能删除点位 " + id + "：" + String.join("；", problems));
        }
        redirect.addFlashAttribute("done", "已删除点位：" + id);
        return "redirect:" + LIST;
    }

    private static String outcome(List<String> problems, String id, String done, RedirectAttributes redirect) {
        if (!problems.isEmpty()) {
            return problem(redirect, LIST + "/" + id, "目录检查未通过：" + String.join("；", problems));
        }
        return done(redirect, id, done);
    }

    private static String done(RedirectAttributes redirect, String id, String message) {
        redirect.addFlashAttribute("done", message);
        return "redirect:" + LIST + "/" + id;
    }

    private static String problem(RedirectAttributes redirect, String to, String message) {
        redirect.addFlashAttribute("problem", message);
        return "redirect:" + to;
    }
}
