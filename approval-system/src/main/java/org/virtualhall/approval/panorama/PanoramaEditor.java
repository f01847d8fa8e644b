package org.virtualhall.approval.panorama;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.virtualhall.approval.audit.AuditAction;
import org.virtualhall.approval.audit.AuditLog;
import org.virtualhall.approval.catalog.Catalog;
import org.virtualhall.model.hall.HallDataException;
import org.virtualhall.model.hall.HallLoader;
import org.virtualhall.model.panorama.Hotspot;
import org.virtualhall.model.panorama.PanoramaImage;
import org.virtualhall.model.panorama.Viewpoint;

/**
 * Changes to the viewpoints and their photos (全景管理). A change is tried on the whole hall first and checked like
 * the shipped data; one that breaks it is refused with every problem about the viewpoints, and nothing is written.
 */
@Service
public class PanoramaEditor {

    private final Catalog catalog;
    private final PanoramaPhotos photos;
    private final PanoramaProperties props;
    private final AuditLog audit;

    PanoramaEditor(Catalog catalog, PanoramaPhotos photos, PanoramaProperties props, AuditLog audit) {
        this.catalog = catalog;
        this.photos = photos;
        this.props = props;
        this.audit = audit;
    }

    public Optional<Viewpoint> viewpoint(String id) {
        return catalog.viewpoints().stream().filter(v -> v.id().equals(id)).findFirst();
    }

    /** Adds or replaces a viewpoint's place and heading, keeping its hotspots. */
    @Transactional
    public List<String> save(String id, int floor, double x, double y, double heading) {
        List<Hotspot> hotspots = viewpoint(id).map(Viewpoint::hotspots).orElse(List.of());
        return change(list -> replace(list, new Viewpoint(id, floor, x, y, heading, null, hotspots)),
                AuditAction.VIEWPOINT_SAVED, id, floor + "楼 (" + x + ", " + y + ") 朝向 " + heading + "°");
    }

    @Transactional
    public List<String> delete(String id) {
        List<String> problems = change(list -> list.stream().filter(v -> !v.id().equals(id)).toList(),
                AuditAction.VIEWPOINT_DELETED, id, "");
        if (problems.isEmpty()) {
            photos.delete(id);
        }
        return problems;
    }

    @Transactional
    public List<String> addHotspot(String id, Hotspot hotspot) {
        return changeHotspots(id, list -> {
            List<Hotspot> copy = new ArrayList<>(list);
            copy.add(hotspot);
            return copy;
        }, "添加热点 " + hotspot.kind() + " " + (hotspot.target() == null ? hotspot.label() : hotspot.target()));
    }

    @Transactional
    public List<String> removeHotspot(String id, int index) {
        return changeHotspots(id, list -> {
            List<Hotspot> copy = new ArrayList<>(list);
            if (index >= 0 && index < copy.size()) {
                copy.remove(index);
            }
            return copy;
        }, "删除热点 " + (index + 1));
    }

    /** Stores an uploaded photo, or says in Chinese why not: the file's size, type by content, and shape. */
    @Transactional
    public Optional<String> upload(String id, byte[] bytes) {
        if (viewpoint(id).isEmpty()) {
            return Optional.of("点位 " + id + " 不存在");
        }
        if (bytes.length == 0) {
            return Optional.of("未选择图片文件");
        }
        if (bytes.length > props.maxUploadBytes()) {
            return Optional.of("图片过大：" + megabytes(bytes.length) + "，上限 " + megabytes(props.maxUploadBytes()));
        }
        Optional<String> problem = PanoramaImage.problem(bytes);
        if (problem.isEmpty()) {
            photos.save(id, bytes);
            audit.record(AuditAction.PANORAMA_UPLOADED, id, megabytes(bytes.length));
        }
        return problem;
    }

    private List<String> changeHotspots(String id, UnaryOperator<List<Hotspot>> change, String detail) {
        Viewpoint v = viewpoint(id).orElse(null);
        if (v == null) {
            return List.of("点位 " + id + " 不存在");
        }
        Viewpoint changed = new Viewpoint(v.id(), v.floor(), v.x(), v.y(), v.heading(), null, change.apply(v.hotspots()));
        return change(list -> replace(list, changed), AuditAction.VIEWPOINT_SAVED, id, detail);
    }

    private List<String> change(UnaryOperator<List<Viewpoint>> change, AuditAction action, String target, String detail) {
        List<Viewpoint> next = change.apply(catalog.viewpoints());
        try {
            HallLoader.check(catalog.current().withViewpoints(next));
        } catch (HallDataException e) {
            List<String> problems = e.problems().stream().filter(p -> p.file().equals("viewpoints"))
                    .map(p -> p.entry() + "：" + p.message()).toList();
            if (!problems.isEmpty()) {
                return problems;
            }
        }
        catalog.saveViewpoints(next);
        audit.record(action, target, detail);
        return List.of();
    }

    private static List<Viewpoint> replace(List<Viewpoint> list, Viewpoint v) {
        List<Viewpoint> copy = new ArrayList<>(list);
        int at = copy.stream().map(Viewpoint::id).toList().indexOf(v.id());
        if (at >= 0) {
            copy.set(at, v);
        } else {
            copy.add(v);
        }
        return copy;
    }

    private static String megabytes(long bytes) {
        return String.format("%.1f MB", bytes / 1048576.0);
    }
}
