package org.virtualhall.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.OptionalDouble;

/**
 * Dot-separated paths into benchmark JSON; a key may itself contain dots (the client writes "route.p99Ms").
 * "a | b" takes the first that is there: a benchmark that renames a field keeps reading older results.
 */
final class JsonPath {

    private JsonPath() {
    }

    static OptionalDouble number(JsonNode node, String paths) {
        for (String path : paths.split("\\|")) {
            JsonNode found = find(node, path.trim());
            if (found != null && found.isNumber()) {
                return OptionalDouble.of(found.asDouble());
            }
        }
        return OptionalDouble.empty();
    }

    static JsonNode find(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            return null;
        }
        if (node.has(path)) {
            return node.get(path);
        }
        for (int dot = path.indexOf('.'); dot > 0; dot = path.indexOf('.', dot + 1)) {
            JsonNode inner = node.get(path.substring(0, dot));
            JsonNode found = find(inner, path.substring(dot + 1));
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
