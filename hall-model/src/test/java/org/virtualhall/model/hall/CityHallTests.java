package org.virtualhall.model.hall;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtualhall.model.catalog.Window;

/** The generated city hall is a whole hall by every check, of the size a city centre has. */
class CityHallTests {

    @TempDir
    Path dir;

    @Test
    void fiveFloorsOfWindowsWithTheirStaffAndItemsPassEveryCheck() {
        Hall city = CityHall.write(dir, CityHall.DEFAULT_ITEMS);

        assertThat(city.layout().floors()).hasSize(CityHall.FLOORS);
        assertThat(city.windows()).hasSize(CityHall.FLOORS * CityHall.WINDOWS_PER_FLOOR);
        assertThat(city.windows().stream().collect(Collectors.groupingBy(Window::floor, Collectors.counting())).values())
                .containsOnly((long) CityHall.WINDOWS_PER_FLOOR);
        assertThat(city.items()).hasSize(CityHall.DEFAULT_ITEMS);
        assertThat(city.staff()).hasSize(2 * city.windows().size());
        assertThat(city.layout().connectors()).allSatisfy(c -> assertThat(c.floors()).hasSize(CityHall.FLOORS));
        assertThat(city.departments()).allSatisfy(d -> assertThat(city.windows()).anyMatch(w -> w.department().equals(d.code())));
    }

    @Test
    void theSameSizeAndItemsAreMadeEachTime() {
        Hall first = CityHall.write(dir.resolve("first"), 500);
        Hall second = CityHall.write(dir.resolve("second"), 500);

        assertThat(second.version()).isEqualTo(first.version());
        assertThat(first.items()).hasSize(500);
    }
}
