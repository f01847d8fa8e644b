package org.virtualhall.search.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.virtualhall.model.catalog.Faq;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.catalog.Material;
import org.virtualhall.model.catalog.Staff;
import org.virtualhall.model.catalog.Window;
import org.virtualhall.model.hall.Hall;

/** Turns a hall's catalog into search documents: items, windows and staff. */
public final class CatalogDocuments {

    private CatalogDocuments() {
    }

    public static List<SearchDocument> of(Hall hall) {
        Map<String, Window> windows = hall.windowsByNumber();
        List<SearchDocument> documents = new ArrayList<>();
        hall.items().forEach(item -> documents.add(item(hall, item, windows)));
        hall.windows().forEach(window -> documents.add(window(hall, window)));
        hall.staff().forEach(staff -> documents.add(staff(hall, staff, windows)));
        return documents;
    }

    private static SearchDocument item(Hall hall, Item item, Map<String, Window> windows) {
        Integer floor = item.windows().stream().map(windows::get).filter(Objects::nonNull).map(Window::floor)
                .findFirst().orElse(null);
        String body = Stream.of(item.materials().stream().map(Material::name),
                        item.procedure().stream(), item.conditions().stream(),
                        item.faq().stream().map(Faq::question))
                .flatMap(s -> s).collect(Collectors.joining(" "));
        return new SearchDocument(DocumentType.ITEM.code(), item.code(), item.name(), item.aliases(), List.of(), item.department(),
                departmentName(hall, item.department()), item.windows(), floor,
                item.category() + " " + item.authority(), body);
    }

    private static SearchDocument window(Hall hall, Window window) {
        String items = hall.itemsAt(window.number()).stream().map(Item::name).collect(Collectors.joining(" "));
        return new SearchDocument(DocumentType.WINDOW.code(), window.number(), window.sign(), List.of(), List.of(), window.department(),
                departmentName(hall, window.department()), List.of(window.number()), window.floor(),
                window.number() + " " + window.zone() + "区", items);
    }

    private static SearchDocument staff(Hall hall, Staff staff, Map<String, Window> windows) {
        Integer floor = Optional.ofNullable(windows.get(staff.window())).map(Window::floor).orElse(null);
        return new SearchDocument(DocumentType.STAFF.code(), staff.badge(), staff.name(), List.of(), List.of(), staff.department(),
                departmentName(hall, staff.department()), List.of(staff.window()), floor,
                staff.role() + " " + staff.title(), String.join(" ", staff.duties()));
    }

    private static String departmentName(Hall hall, String code) {
        return hall.department(code).map(d -> d.name() + " " + d.shortName()).orElse(code);
    }
}
