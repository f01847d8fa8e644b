package org.virtualhall.approval.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.virtualhall.approval.audit.AuditAction;
import org.virtualhall.approval.audit.AuditLog;
import org.virtualhall.approval.catalog.Catalog;
import org.virtualhall.approval.catalog.CatalogRepository;
import org.virtualhall.approval.catalog.CatalogTable;
import org.virtualhall.model.catalog.Department;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.catalog.Staff;
import org.virtualhall.model.catalog.Window;
import org.virtualhall.model.hall.Hall;
import org.virtualhall.model.hall.HallDataException;
import org.virtualhall.model.hall.HallLoader;

/**
 * Changes to the catalog. Each change is tried on a copy of the whole hall first and checked like the
 * shipped data (every reference, every rule of hall-model); a change that would break the hall is
 * refused with every problem, and nothing is written. Every change made is recorded in the audit trail.
 */
@Service
public class CatalogEditor {

    /**
     * Gaps that the next edit fills (a new department gets its window next, a new window its staff):
     * tolerated while editing, refused only when publishing.
     */
    private static final Set<String> UNFINISHED = Set.of("the department has no window",
            "no staff holds the A post of this window");

    private final Catalog catalog;
    private final AuditLog audit;

    CatalogEditor(Catalog catalog, AuditLog audit) {
        this.catalog = catalog;
        this.audit = audit;
    }

    @Transactional
    public List<String> save(Department d) {
        return apply(h -> with(h, replace(h.departments(), d, Department::code), h.windows(), h.staff(), h.items()),
                store -> store.save(d), AuditAction.DEPARTMENT_SAVED, d.code(), d.name());
    }

    @Transactional
    public List<String> save(Window w) {
        return apply(h -> with(h, h.departments(), replace(h.windows(), w, Window::number), h.staff(), h.items()),
                store -> store.save(w), AuditAction.WINDOW_SAVED, w.number(), w.sign());
    }

    @Transactional
    public List<String> save(Staff s) {
        return apply(h -> with(h, h.departments(), h.windows(), replace(h.staff(), s, Staff::badge), h.items()),
                store -> store.save(s), AuditAction.STAFF_SAVED, s.badge(), s.name());
    }

    @Transactional
    public List<String> save(Item i) {
        return apply(h -> with(h, h.departments(), h.windows(), h.staff(), replace(h.items(), i, Item::code)),
                store -> store.save(i), AuditAction.ITEM_SAVED, i.code(), i.name());
    }

    /**
     * Adds a 俗称 to an item (热词管理), checked like every other change: the loader's alias rules (length, count, not
     * the name, not twice) refuse what does not fit.
     */
    @Transactional
    public List<String> addAlias(Item item, String alias) {
        List<String> aliases = new ArrayList<>(item.aliases());
        aliases.add(alias);
        Item i = new Item(item.code(), item.unifiedCode(), item.name(), aliases, item.department(),
                item.assistingDepartments(), item.category(), item.caseType(), item.legalBasis(), item.conditions(),
                item.materials(), item.procedure(), item.statutoryDays(), item.promisedDays(), item.fee(), item.feeBasis(),
                item.windows(), item.authority(), item.phone(), item.responsible(), item.online(), item.visits(),
                item.multiFloor(), item.faq(), item.form());
        return apply(h -> with(h, h.departments(), h.windows(), h.staff(), replace(h.items(), i, Item::code)),
                store -> store.save(i), AuditAction.ALIAS_ADDED, i.code(), "俗称「" + alias + "」→ " + i.name());
    }

    /** Saves many at once (a CSV import): all are checked together, all or nothing is written. */
    @Transactional
    public List<String> saveAll(List<Department> departments, List<Window> windows, List<Staff> staff) {
        return apply(h -> {
            List<Department> ds = h.departments();
            for (Department d : departments) {
                ds = replace(ds, d, Department::code);
            }
            List<Window> ws = h.windows();
            for (Window w : windows) {
                ws = replace(ws, w, Window::number);
            }
            List<Staff> ss = h.staff();
            for (Staff s : staff) {
                ss = replace(ss, s, Staff::badge);
            }
            return with(h, ds, ws, ss, h.items());
        }, store -> {
            departments.forEach(store::save);
            windows.forEach(store::save);
            staff.forEach(store::save);
        }, AuditAction.CSV_IMPORTED, imported(departments, windows, staff),
                "部门 " + departments.size() + " 行、窗口 " + windows.size() + " 行、人员 " + staff.size() + " 行");
    }

    @Transactional
    public List<String> delete(CatalogTable table, String key) {
        return apply(h -> switch (table) {
            case DEPARTMENTS -> with(h, without(h.departments(), key, Department::code), h.windows(), h.staff(), h.items());
            case WINDOWS -> with(h, h.departments(), without(h.windows(), key, Window::number), h.staff(), h.items());
            case STAFF -> with(h, h.departments(), h.windows(), without(h.staff(), key, Staff::badge), h.items());
            case ITEMS -> with(h, h.departments(), h.windows(), h.staff(), without(h.items(), key, Item::code));
        }, store -> store.delete(table, key), deleted(table), key, "");
    }

    /** Tries the change on the whole hall; writes it and records it in the audit trail if the hall stays sound. */
    private List<String> apply(UnaryOperator<Hall> change, Consumer<CatalogRepository> write, AuditAction action,
                               String target, String detail) {
        Hall draft = change.apply(current());
        try {
            HallLoader.check(draft);
        } catch (HallDataException e) {
            List<String> problems = e.problems().stream().filter(p -> !UNFINISHED.contains(p.message()))
                    .map(p -> p.entry() + "：" + p.message()).toList();
            if (!problems.isEmpty()) {
                return problems;
            }
        }
        write.accept(catalog.store());
        catalog.changed();
        audit.record(action, target, detail);
        return List.of();
    }

    private static AuditAction deleted(CatalogTable table) {
        return switch (table) {
            case DEPARTMENTS -> AuditAction.DEPARTMENT_DELETED;
            case WINDOWS -> AuditAction.WINDOW_DELETED;
            case STAFF -> AuditAction.STAFF_DELETED;
            case ITEMS -> AuditAction.ITEM_DELETED;
        };
    }

    private static String imported(List<Department> departments, List<Window> windows, List<Staff> staff) {
        List<String> tables = new ArrayList<>();
        if (!departments.isEmpty()) {
            tables.add("departments");
        }
        if (!windows.isEmpty()) {
            tables.add("windows");
        }
        if (!staff.isEmpty()) {
            tables.add("staff");
        }
        return String.join(",", tables);
    }

    private Hall current() {
        return catalog.current();
    }

    private static Hall with(Hall h, List<Department> ds, List<Window> ws, List<Staff> ss, List<Item> is) {
        return new Hall(h.info(), h.version(), h.layout(), ds, ws, ss, is, h.viewpoints());
    }

    private static <T> List<T> replace(List<T> list, T value, Function<T, String> key) {
        List<T> copy = new ArrayList<>(without(list, key.apply(value), key));
        copy.add(value);
        return copy;
    }

    private static <T> List<T> without(List<T> list, String key, Function<T, String> keyOf) {
        return list.stream().filter(t -> !keyOf.apply(t).equals(key)).toList();
    }
}
