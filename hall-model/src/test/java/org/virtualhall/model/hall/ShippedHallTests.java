package org.virtualhall.model.hall;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.virtualhall.model.catalog.Department;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.catalog.Material;
import org.virtualhall.model.catalog.WindowKind;
import org.virtualhall.model.layout.FixtureKind;

/** The county hall that ships in assets is whole and as large as a real county hall. */
class ShippedHallTests {

    /** The items a county hall must offer, by department (a header line, then department and item name). */
    private static final String REQUIRED_ITEMS = "/required-items.tsv";

    private static Hall hall;

    @BeforeAll
    static void load() {
        hall = HallLoader.fromClasspath();
    }

    @Test
    void isACountyHallOfTwoFloors() {
        assertThat(hall.info().name()).isEqualTo("青溪县政务服务中心");
        assertThat(hall.layout().floors()).hasSize(2);
        assertThat(hall.windows()).hasSizeBetween(40, 60);
        assertThat(hall.items()).hasSizeBetween(250, 400);
        assertThat(hall.staff()).hasSizeGreaterThanOrEqualTo(hall.windows().size());
    }

    @Test
    void theItemsCarryTheNamesCitizensUse() {
        assertThat(hall.items()).filteredOn(item -> !item.aliases().isEmpty()).hasSizeGreaterThan(hall.items().size() * 9 / 10);
        assertThat(hall.item("MZ004")).hasValueSatisfying(i -> assertThat(i.aliases()).contains("低保"));
        assertThat(hall.item("MZ008")).hasValueSatisfying(i -> assertThat(i.aliases()).contains("高龄补贴", "老人钱"));
        assertThat(hall.item("SJ005")).hasValueSatisfying(i -> assertThat(i.aliases()).contains("开饭店"));
        assertThat(hall.item("BDC001")).hasValueSatisfying(i -> assertThat(i.aliases()).contains("房产证"));
    }

    @Test
    void hasTheFurnitureOfARealHall() {
        Set<FixtureKind> kinds = hall.layout().floors().stream()
                .flatMap(f -> f.fixtures().stream()).map(f -> f.kind()).collect(Collectors.toSet());
        assertThat(kinds).contains(FixtureKind.ENTRANCE, FixtureKind.GUIDE_DESK, FixtureKind.WAITING_SEATS,
                FixtureKind.SELF_SERVICE, FixtureKind.NOTICE_BOARD, FixtureKind.DIRECTION_SIGN);
        assertThat(hall.layout().connectors()).extracting(c -> c.kind().label()).contains("楼梯", "电梯");
        assertThat(hall.windows()).extracting(w -> w.kind())
                .contains(WindowKind.COMPLAINT, WindowKind.PAYMENT, WindowKind.ENQUIRY, WindowKind.COMPREHENSIVE);
    }

    @Test
    void containsEveryRequiredItemUnderItsDepartment() throws IOException {
        List<String[]> required;
        try (InputStream in = ShippedHallTests.class.getResourceAsStream(REQUIRED_ITEMS)) {
            assertThat(in).as(REQUIRED_ITEMS + " on the test class path").isNotNull();
            required = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\t")).toList();
        }
        assertThat(required).hasSizeGreaterThan(80);
        Map<String, Department> byShortName = hall.departments().stream()
                .collect(Collectors.toMap(d -> d.name().replace("青溪县", "").replace("国家税务总局", ""),
                        Function.identity()));
        for (String[] row : required) {
            String department = row[0];
            String name = row[1];
            Optional<Item> item = hall.items().stream().filter(i -> i.name().equals(name)).findFirst();
            assertThat(item).as("required item %s / %s", department, name).isPresent();
            assertThat(byShortName.get(department)).as("department %s", department).isNotNull();
            assertThat(item.get().department()).as("department of %s", name)
                    .isEqualTo(byShortName.get(department).code());
        }
    }

    @Test
    void everyItemIsFullyPublished() {
        for (Item item : hall.items()) {
            assertThat(item.legalBasis()).as(item.code()).allSatisfy(b -> assertThat(b).contains("《"));
            assertThat(item.materials()).as(item.code()).extracting(Material::name).doesNotHaveDuplicates();
            assertThat(item.procedure()).as(item.code()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(item.form()).as(item.code()).isNotEmpty();
        }
    }

    @Test
    void publishedTextIsWrittenForEachItemNotRepeated() {
        long distinctConditions = hall.items().stream().map(i -> String.join("", i.conditions())).distinct().count();
        long distinctMaterials = hall.items().stream()
                .map(i -> i.materials().stream().map(Material::name).collect(Collectors.joining())).distinct().count();
        assertThat(distinctConditions).isGreaterThan(hall.items().size() * 9 / 10);
        assertThat(distinctMaterials).isGreaterThan(hall.items().size() * 8 / 10);
    }

    @Test
    void marksTheItemsThatNeedWindowsOnTwoFloors() {
        List<Item> multi = hall.items().stream().filter(Item::multiFloor).toList();
        assertThat(multi).hasSizeGreaterThanOrEqualTo(15);
        assertThat(multi).allSatisfy(i -> assertThat(i.windows().stream()
                .map(w -> hall.window(w).orElseThrow().floor()).distinct().count()).isGreaterThan(1));
    }

    @Test
    void theBPostServesWhenTheAPostIsAway() {
        assertThat(hall.onDutyAt("A03")).hasValueSatisfying(s -> assertThat(s.post().name()).isEqualTo("B"));
        assertThat(hall.onDutyAt("A01")).hasValueSatisfying(s -> assertThat(s.post().name()).isEqualTo("A"));
        assertThat(hall.staffAt("A03")).extracting(s -> s.post().name()).containsExactly("A", "B");
    }

    @Test
    void thePlaceOfAnItemFollowsItsWindows() {
        Item item = hall.items().stream().filter(Item::multiFloor).findFirst().orElseThrow();
        String place = hall.placeOf(item);
        assertThat(place).contains("一楼").contains("二楼").contains(" → ");
    }
}
