package org.virtualhall.model.hall;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.virtualhall.model.catalog.Department;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.catalog.Post;
import org.virtualhall.model.catalog.Staff;
import org.virtualhall.model.catalog.Window;
import org.virtualhall.model.layout.HallLayout;
import org.virtualhall.model.panorama.Viewpoint;

/**
 * Everything a hall publishes: its layout and its catalog. Built by {@link HallLoader}, which has
 * checked every reference, so lookups by a code found inside the hall always succeed.
 *
 * @param version    a content hash of the data; changes whenever anything published changes
 * @param viewpoints the 点位 with a 720° panorama, in the order the hall lists them
 */
public record Hall(HallInfo info, String version, HallLayout layout, List<Department> departments,
                   List<Window> windows, List<Staff> staff, List<Item> items, List<Viewpoint> viewpoints) {

    public Hall {
        departments = List.copyOf(departments);
        windows = List.copyOf(windows);
        staff = List.copyOf(staff);
        items = List.copyOf(items);
        viewpoints = viewpoints == null ? List.of() : List.copyOf(viewpoints);
    }

    /** A hall without panoramas. */
    public Hall(HallInfo info, String version, HallLayout layout, List<Department> departments,
                List<Window> windows, List<Staff> staff, List<Item> items) {
        this(info, version, layout, departments, windows, staff, items, List.of());
    }

    /** The same hall with other viewpoints. */
    public Hall withViewpoints(List<Viewpoint> others) {
        return new Hall(info, version, layout, departments, windows, staff, items, others);
    }

    public Optional<Viewpoint> viewpoint(String id) {
        return viewpoints.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    public Optional<Department> department(String code) {
        return departments.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    public Optional<Window> window(String number) {
        return windows.stream().filter(w -> w.number().equals(number)).findFirst();
    }

    public Optional<Item> item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** Items a citizen may handle at this window (it is one of the item's windows). */
    public List<Item> itemsAt(String windowNumber) {
        return items.stream().filter(i -> i.windows().contains(windowNumber)).toList();
    }

    /** The duty board of a window: A post first, then B. */
    public List<Staff> staffAt(String windowNumber) {
        return staff.stream()
                .filter(s -> s.window().equals(windowNumber))
                .sorted((a, b) -> a.post().compareTo(b.post()))
                .toList();
    }

    /** Who serves at the window now: the A post, or the B post covering when A is away (AB岗). */
    public Optional<Staff> onDutyAt(String windowNumber) {
        List<Staff> board = staffAt(windowNumber);
        return board.stream().filter(s -> s.post() == Post.A && s.onDuty()).findFirst()
                .or(() -> board.stream().filter(s -> s.post() == Post.B && s.onDuty()).findFirst());
    }

    public Map<String, Window> windowsByNumber() {
        return windows.stream().collect(Collectors.toMap(Window::number, Function.identity()));
    }

    /** 办理地点, e.g. 一楼A区A03窗口 → 二楼E区E05窗口, from the item's windows in visiting order. */
    public String placeOf(Item item) {
        return item.windows().stream()
                .map(this::window)
                .flatMap(Optional::stream)
                .map(w -> layout.floor(w.floor()).map(f -> f.name()).orElse(w.floor() + "楼")
                        + w.zone() + "区" + w.number() + "窗口")
                .collect(Collectors.joining(" → "));
    }
}
