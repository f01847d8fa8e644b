package org.virtualhall.client.search;

import com.hankcs.hanlp.HanLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.virtualhall.client.api.ApiTypes.SearchHit;
import org.virtualhall.client.api.ApiTypes.SearchResult;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.catalog.Window;
import org.virtualhall.model.hall.Hall;

/**
 * Search over the hall the client has loaded, for when the search service cannot be reached: matches item
 * names, window signs and departments by characters, full pinyin (shenfenzheng) or initials (sfz).
 */
public final class LocalSearch {

    private final Hall hall;

    public LocalSearch(Hall hall) {
        this.hall = hall;
    }

    public SearchResult search(String query, int size) {
        long t0 = System.nanoTime();
        String q = query.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        List<SearchHit> hits = new ArrayList<>();
        if (!q.isEmpty()) {
            for (Item item : hall.items()) {
                String dept = hall.department(item.department()).map(d -> d.shortName()).orElse(item.department());
                if (matches(item.name(), q) || matches(item.category(), q)) {
                    hits.add(new SearchHit("item", item.code(), item.name(), dept, item.windows(), floorOf(item), 1.0, null));
                }
            }
            for (Window w : hall.windows()) {
                if (matches(w.sign(), q) || w.number().equalsIgnoreCase(q)) {
                    hits.add(new SearchHit("window", w.number(), w.number() + " " + w.sign(), w.department(),
                            List.of(w.number()), w.floor(), 0.8, null));
                }
            }
        }
        List<SearchHit> top = hits.stream().limit(size).toList();
        return new SearchResult(hits.size(), true, (System.nanoTime() - t0) / 1_000_000, top);
    }

    private Integer floorOf(Item item) {
        return item.windows().isEmpty() ? null : hall.window(item.windows().get(0)).map(Window::floor).orElse(null);
    }

    static boolean matches(String text, String q) {
        if (text == null) {
            return false;
        }
        if (text.toLowerCase(Locale.ROOT).contains(q)) {
            return true;
        }
        if (q.chars().allMatch(c -> c < 128 && Character.isLetter(c))) {
            return HanLP.convertToPinyinString(text, "", false).contains(q)
                    || HanLP.convertToPinyinFirstCharString(text, "", false).contains(q);
        }
        return false;
    }
}
