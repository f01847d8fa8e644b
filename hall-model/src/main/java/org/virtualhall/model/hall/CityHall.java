package org.virtualhall.model.hall;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.virtualhall.model.catalog.Attendance;
import org.virtualhall.model.catalog.Department;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.catalog.Post;
import org.virtualhall.model.catalog.Staff;
import org.virtualhall.model.catalog.Window;
import org.virtualhall.model.catalog.WindowKind;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.layout.Connector;
import org.virtualhall.model.layout.ConnectorKind;
import org.virtualhall.model.layout.Facing;
import org.virtualhall.model.layout.Fixture;
import org.virtualhall.model.layout.FixtureKind;
import org.virtualhall.model.layout.Floor;
import org.virtualhall.model.layout.HallLayout;
import org.virtualhall.model.layout.Point;
import org.virtualhall.model.layout.Rect;
import org.virtualhall.model.layout.Wall;
import org.virtualhall.model.layout.Zone;

/**
 * A city-size hall (市级政务服务中心) for scale tests and benches, made from the shipped county hall: five floors of
 * 90 × 40 m, each with a row of windows along its north and south walls (sixty a floor), stairs and a lift at the
 * east end serving every floor, waiting seats in the middle; the county's departments share the windows in blocks,
 * and its items are repeated per department, each repeat a 情形 (case variant) of its own, to the number asked.
 * Written as a hall data folder that {@code ./hall check-data} and {@code --hall-data} read like the shipped one.
 * {@code java … CityHall DIR [ITEMS]} writes one.
 */
public final class CityHall {

    public static final int FLOORS = 5;
    public static final int WINDOWS_PER_FLOOR = 60;
    public static final int DEFAULT_ITEMS = 2_000;

    private static final double WIDTH = 90;
    private static final double DEPTH = 40;
    private static final double HEIGHT = 4.5;
    private static final double WALL = 0.3;
    private static final int NORTH_WINDOWS = 34;
    private static final double NORTH_PITCH = 2.47;
    /** The south row has a gap in the middle for the entrance; each half holds this many windows. */
    private static final int SOUTH_HALF_WINDOWS = 13;
    private static final double SOUTH_PITCH = 2.6;
    private static final double FIRST_X = 3.0;
    private static final double SECOND_HALF_X = 53.0;
    private static final double NORTH_ROW_Y = 1.5;
    private static final double SOUTH_ROW_Y = 38.5;
    private static final String[] FLOOR_NAMES = {"一楼", "二楼", "三楼", "四楼", "五楼"};

    private final Hall county;
    private final int itemCount;

    private CityHall(Hall county, int itemCount) {
        this.county = county;
        this.itemCount = itemCount;
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: CityHall DIR [ITEMS]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Hall hall = write(dir, args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_ITEMS);
        System.out.printf("%s: %d floors, %d windows, %d staff, %d items in %s%n", hall.info().name(),
                hall.layout().floors().size(), hall.windows().size(), hall.staff().size(), hall.items().size(), dir);
    }

    /** Writes the city hall with {@code items} items into {@code dir} and returns it as loaded (and checked) from there. */
    public static Hall write(Path dir, int items) {
        new CityHall(HallLoader.loadWithoutPhotos(HallSource.classpath()), items).writeTo(dir);
        return HallLoader.load(HallSource.directory(dir));
    }

    private void writeTo(Path dir) {
        List<Window> windows = windows();
        ObjectMapper yaml = HallJson.data();
        try {
            Files.createDirectories(dir);
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("name", "青溪市政务服务中心");
            manifest.put("region", "青溪市");
            manifest.put("regionCode", "330100");
            manifest.put("address", "青溪市市民大道1号");
            manifest.put("phone", "0571-64000000");
            manifest.put("hours", county.info().hours());
            manifest.put("layout", "layout.yaml");
            manifest.put("departments", "departments.yaml");
            manifest.put("windows", "windows.yaml");
            manifest.put("staff", "staff.yaml");
            Map<String, List<Item>> byDepartment = new LinkedHashMap<>();
            items(windows).forEach(i -> byDepartment.computeIfAbsent(i.department(), d -> new ArrayList<>()).add(i));
            manifest.put("items", byDepartment.keySet().stream().map(CityHall::itemFile).toList());
            yaml.writeValue(dir.resolve(HallLoader.MANIFEST).toFile(), manifest);
            yaml.writeValue(dir.resolve("layout.yaml").toFile(), layout());
            yaml.writeValue(dir.resolve("departments.yaml").toFile(), county.departments());
            yaml.writeValue(dir.resolve("windows.yaml").toFile(), windows);
            yaml.writeValue(dir.resolve("staff.yaml").toFile(), staff(windows));
            Files.createDirectories(dir.resolve("items"));
            for (Map.Entry<String, List<Item>> e : byDepartment.entrySet()) {
                yaml.writeValue(dir.resolve(itemFile(e.getKey())).toFile(), e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the city hall to " + dir, e);
        }
    }

    /** One file of items a department, as in the shipped hall: a YAML document is kept under the parser's size limit. */
    private static String itemFile(String department) {
        return "items/" + department.toLowerCase(Locale.ROOT) + ".yaml";
    }

    private static HallLayout layout() {
        List<Floor> floors = new ArrayList<>();
        for (int level = 1; level <= FLOORS; level++) {
            floors.add(floor(level));
        }
        List<Integer> all = floors.stream().map(Floor::level).toList();
        return new HallLayout(floors, List.of(
                new Connector("stairs", ConnectorKind.STAIRS, new Rect(84, 15, 5, 8), all, new Point(81.5, 19)),
                new Connector("lift", ConnectorKind.LIFT, new Rect(85, 25, 3, 3), all, new Point(82.5, 26.5))),
                new Point(45, 37.5), Facing.NORTH);
    }

    private static Floor floor(int level) {
        List<Wall> walls = List.of(
                wall(0, 0, WIDTH, 0), wall(0, 0, 0, DEPTH), wall(WIDTH, 0, WIDTH, DEPTH),
                wall(0, DEPTH, 42, DEPTH), wall(48, DEPTH, WIDTH, DEPTH));
        String north = zoneId(level, 0);
        String south = zoneId(level, 1);
        List<Zone> zones = List.of(
                new Zone(north, north + "区", level + "楼北侧窗口", new Rect(0, 0, WIDTH, 6)),
                new Zone(south, south + "区", level + "楼南侧窗口", new Rect(0, 34, WIDTH, 6)));
        List<Fixture> fixtures = new ArrayList<>(List.of(
                new Fixture("F" + level + "-seats-w", FixtureKind.WAITING_SEATS, new Rect(18, 14, 20, 12), Facing.NORTH,
                        "休息等待区", true),
                new Fixture("F" + level + "-seats-e", FixtureKind.WAITING_SEATS, new Rect(50, 14, 20, 12), Facing.NORTH,
                        "休息等待区", true)));
        if (level == 1) {
            fixtures.add(new Fixture("F1-entrance", FixtureKind.ENTRANCE, new Rect(42, 39.4, 6, 0.6), Facing.NORTH,
                    "青溪市政务服务中心 入口", false));
            fixtures.add(new Fixture("F1-guide", FixtureKind.GUIDE_DESK, new Rect(41, 28, 8, 2), Facing.SOUTH,
                    "咨询导办台", true));
            fixtures.add(new Fixture("F1-queue", FixtureKind.QUEUE_MACHINE, new Rect(51, 30, 1.2, 0.8), Facing.SOUTH,
                    "取号机", true));
        }
        return new Floor(level, FLOOR_NAMES[level - 1], WIDTH, DEPTH, HEIGHT, walls, zones, fixtures);
    }

    private static Wall wall(double x1, double y1, double x2, double y2) {
        return new Wall(new Point(x1, y1), new Point(x2, y2), WALL, false);
    }

    /** Two zones a floor, lettered A, B on the first floor, C, D on the second, and so on. */
    private static String zoneId(int level, int side) {
        return String.valueOf((char) ('A' + (level - 1) * 2 + side));
    }

    /** Sixty windows a floor; the departments hold consecutive blocks of them. */
    private List<Window> windows() {
        List<Department> departments = county.departments();
        List<Window> windows = new ArrayList<>();
        int total = FLOORS * WINDOWS_PER_FLOOR;
        for (int level = 1; level <= FLOORS; level++) {
            for (int i = 0; i < NORTH_WINDOWS; i++) {
                windows.add(window(level, 0, i + 1, new Point(FIRST_X + i * NORTH_PITCH, NORTH_ROW_Y), Facing.SOUTH,
                        departments.get(windows.size() * departments.size() / total)));
            }
            for (int i = 0; i < 2 * SOUTH_HALF_WINDOWS; i++) {
                double x = (i < SOUTH_HALF_WINDOWS ? FIRST_X : SECOND_HALF_X) + (i % SOUTH_HALF_WINDOWS) * SOUTH_PITCH;
                windows.add(window(level, 1, i + 1, new Point(x, SOUTH_ROW_Y), Facing.NORTH,
                        departments.get(windows.size() * departments.size() / total)));
            }
        }
        return windows;
    }

    private static Window window(int level, int side, int n, Point at, Facing facing, Department d) {
        String zone = zoneId(level, side);
        return new Window(zone + String.format("%02d", n), d.code(), level, zone, at, facing, WindowKind.ACCEPTANCE,
                Attendance.RESIDENT, d.name() + "综合受理窗口");
    }

    /** An A and a B post (AB岗) at every window, named from the county's staff. */
    private List<Staff> staff(List<Window> windows) {
        List<Staff> county = this.county.staff();
        List<Staff> staff = new ArrayList<>();
        for (Window w : windows) {
            for (Post post : Post.values()) {
                int n = staff.size();
                Staff model = county.get(n % county.size());
                String name = model.name().substring(0, 1)
                        + county.get((n * 7 + 3) % county.size()).name().substring(1);
                staff.add(new Staff(String.format("SC%04d", n + 1), name, w.department(), w.number(), post,
                        model.role(), model.title(), model.duties(), null, true));
            }
        }
        return staff;
    }

    /** The county's items of each department over and over, each repeat a 情形 of its own, at one window each. */
    private List<Item> items(List<Window> windows) {
        List<Department> withItems = county.departments().stream()
                .filter(d -> county.items().stream().anyMatch(i -> i.department().equals(d.code()))).toList();
        List<Item> items = new ArrayList<>();
        for (int d = 0; d < withItems.size(); d++) {
            String code = withItems.get(d).code();
            List<Item> models = county.items().stream().filter(i -> i.department().equals(code)).toList();
            List<String> desks = windows.stream().filter(w -> w.department().equals(code)).map(Window::number).toList();
            int count = itemCount / withItems.size() + (d < itemCount % withItems.size() ? 1 : 0);
            for (int n = 0; n < count; n++) {
                Item model = models.get(n % models.size());
                int variant = n / models.size();
                items.add(variant(model, code + String.format("%03d", n + 1), items.size(), variant,
                        desks.get(n % desks.size())));
            }
        }
        return items;
    }

    private static Item variant(Item m, String code, int index, int variant, String window) {
        String name = variant == 0 ? m.name() : m.name() + "（情形" + (variant + 1) + "）";
        return new Item(code, String.format("3301%08d", index + 1), name, m.aliases(), m.department(),
                m.assistingDepartments(), m.category(), m.caseType(), m.legalBasis(), m.conditions(), m.materials(),
                m.procedure(), m.statutoryDays(), m.promisedDays(), m.fee(), m.feeBasis(), List.of(window),
                m.authority(), m.phone(), m.responsible(), m.online(), m.visits(), false, m.faq(), m.form());
    }
}
