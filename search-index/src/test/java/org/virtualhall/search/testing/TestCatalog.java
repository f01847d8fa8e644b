package org.virtualhall.search.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.virtualhall.model.catalog.CaseType;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.catalog.Material;
import org.virtualhall.model.catalog.MaterialForm;
import org.virtualhall.model.catalog.MaterialRole;
import org.virtualhall.model.hall.Hall;
import org.virtualhall.model.hall.HallLoader;

/**
 * The shipped hall (layout, departments, windows, staff) with the required items of a county hall
 * ({@code fixture-items.tsv}) as its catalog, so search is tested on the items people ask for
 * whatever the state of the catalog in assets.
 */
public final class TestCatalog {

    private TestCatalog() {
    }

    public static Hall hall() {
        Hall shipped = HallLoader.fromClasspath();
        return new Hall(shipped.info(), shipped.version(), shipped.layout(), shipped.departments(),
                shipped.windows(), shipped.staff(), items());
    }

    public static List<Item> items() {
        try (InputStream in = TestCatalog.class.getResourceAsStream("/fixture-items.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> item(line.split("\t", -1)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Item item(String[] f) {
        List<Material> materials = Arrays.stream(f[5].split(";")).filter(s -> !s.isBlank())
                .map(name -> new Material(name, MaterialRole.MAIN, MaterialForm.ORIGINAL, 1, true, ""))
                .toList();
        List<String> conditions = f[4].isBlank() ? List.of() : List.of(f[4]);
        return new Item(f[0], "0000" + f[0], f[1], List.of(), f[2], List.of(), "政务服务", CaseType.PROMISED, List.of(),
                conditions, materials, List.of("申请", "受理", "审核", "办结"), 20, 10, "不收费", "",
                List.of(f[3]), "受理、审核", "0571-64010000", "", true, 1, false, List.of(), List.of());
    }
}
