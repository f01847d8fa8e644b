package org.virtualhall.search.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.hall.Hall;

/**
 * A province's catalog (省级事项库) generated from one county's: the county's own items first, then
 * region after region (县、区) of the province offering most of the county's items under its own
 * codes ({@code 330203-GA003}), and local items whose names recombine the county's vocabulary —
 * what one item is about with what another does (残疾人证 + 迁移 …). Deterministic: a size always
 * gives the same items.
 */
final class ProvinceCatalog {

    /** What item names end with: the action of an item (办理、登记 …); the rest of the name is what it is about. */
    private static final List<String> ACTIONS = List.of("登记", "申领", "许可", "备案", "审批", "补领", "换领", "申请",
            "证明", "核发", "签发", "注销", "认定", "查询", "办理", "发放", "补发", "换发", "转移接续");
    /** Of a hundred county items, how many a region offers. */
    private static final int OFFERED_PERCENT = 85;
    /** Local items a region adds, per hundred items it offers. */
    private static final int LOCAL_PERCENT = 10;
    private static final long SEED = 20_261_203L;

    private ProvinceCatalog() {
    }

    /** The county's hall with a catalog of {@code size} items (at least the county's own). */
    static Hall of(Hall county, int size) {
        List<Item> items = new ArrayList<>(county.items().subList(0, Math.min(size, county.items().size())));
        List<String[]> split = county.items().stream().map(ProvinceCatalog::split).flatMap(Optional::stream).toList();
        SplittableRandom random = new SplittableRandom(SEED);
        for (int region = 1; items.size() < size; region++) {
            String prefix = regionCode(region) + "-";
            int offered = 0;
            for (Item item : county.items()) {
                if (items.size() < size && random.nextInt(100) < OFFERED_PERCENT) {
                    items.add(copy(item, prefix + item.code(), item.name(), item.aliases()));
                    offered++;
                }
            }
            for (int local = 0; local < offered * LOCAL_PERCENT / 100 && items.size() < size; local++) {
                String[] about = split.get(random.nextInt(split.size()));
                String[] does = split.get(random.nextInt(split.size()));
                Item source = county.items().get(random.nextInt(county.items().size()));
                items.add(copy(source, prefix + "L" + local, about[0] + does[1], List.of()));
            }
        }
        return new Hall(county.info(), county.version() + "-province-" + size, county.layout(), county.departments(),
                county.windows(), county.staff(), items);
    }

    /** The county item a generated item copies ({@code 330203-GA003} → GA003); a local item's own code otherwise. */
    static String countyCode(String code) {
        int dash = code.indexOf('-');
        return dash < 0 ? code : code.substring(dash + 1);
    }

    /** 11 cities of up to 20 regions each, coded as the province's: 33 + city + region. */
    private static String regionCode(int region) {
        return String.format("33%02d%02d", (region - 1) / 20 % 11 + 1, (region - 1) % 20 + 1 + (region - 1) / 220 * 20);
    }

    private static Optional<String[]> split(Item item) {
        return ACTIONS.stream().filter(action -> item.name().endsWith(action) && item.name().length() > action.length() + 1)
                .findFirst().map(action -> new String[] {item.name().substring(0, item.name().length() - action.length()), action});
    }

    private static Item copy(Item item, String code, String name, List<String> aliases) {
        return new Item(code, item.unifiedCode(), name, aliases, item.department(), item.assistingDepartments(),
                item.category(), item.caseType(), item.legalBasis(), item.conditions(), item.materials(), item.procedure(),
                item.statutoryDays(), item.promisedDays(), item.fee(), item.feeBasis(), item.windows(), item.authority(),
                item.phone(), item.responsible(), item.online(), item.visits(), item.multiFloor(), item.faq(), item.form());
    }
}
