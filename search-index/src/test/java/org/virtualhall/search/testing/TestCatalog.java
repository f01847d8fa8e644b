package org.virtualhall.search.testing;

import java.util.List;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.hall.Hall;
import org.virtualhall.model.hall.HallLoader;

/**
 * The hall the tests index: the county hall shipped in assets, its items with their aliases, so
 * search is tested on the catalog and the everyday names citizens meet.
 */
public final class TestCatalog {

    private static final Hall SHIPPED = HallLoader.fromClasspath();

    private TestCatalog() {
    }

    public static Hall hall() {
        return SHIPPED;
    }

    public static List<Item> items() {
        return SHIPPED.items();
    }
}
