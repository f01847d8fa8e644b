package org.virtualhall.search.query;

import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;

/**
 * What a hit shows, read from doc values. A hit's stored source sits in a compressed block with its neighbours',
 * so reading it for ten hits (and the hit's {@code _id}, also stored) cost about as much CPU as finding them; doc
 * values are read column by column. They keep a field's values sorted, so the windows come from
 * {@code windowsInOrder}, the catalog's order in one value.
 */
final class HitFields {

    static final String NAME = "name.raw";
    static final List<String> FIELDS = List.of("type", "id", NAME, "department", "windowsInOrder", "floor");

    private HitFields() {
    }

    static String name(Hit<JsonData> hit) {
        return text(hit, NAME);
    }

    static SearchHit toHit(Hit<JsonData> hit, String queryText) {
        String name = name(hit);
        String windows = text(hit, "windowsInOrder");
        JsonValue floor = first(hit, "floor");
        return new SearchHit(text(hit, "type"), text(hit, "id"), name, text(hit, "department"),
                windows == null || windows.isEmpty() ? List.of() : List.of(windows.split(" ")),
                floor instanceof JsonNumber number ? number.intValue() : null,
                hit.score() == null ? 0 : hit.score(), NameMarks.mark(name, queryText));
    }

    private static String text(Hit<JsonData> hit, String field) {
        return first(hit, field) instanceof JsonString value ? value.getString() : null;
    }

    private static JsonValue first(Hit<JsonData> hit, String field) {
        JsonData values = hit.fields().get(field);
        if (values == null) {
            return null;
        }
        JsonArray array = values.toJson().asJsonArray();
        return array.isEmpty() ? null : array.get(0);
    }
}
