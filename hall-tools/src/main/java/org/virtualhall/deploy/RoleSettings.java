package org.virtualhall.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The settings of one server role: every property of the application's configuration metadata
 * ({@code META-INF/spring-configuration-metadata.json}, written by Spring Boot's configuration processor from the
 * settings classes and their Javadoc) that the role reads, with the value the role's YAML files give it, or else
 * the metadata's default.
 */
final class RoleSettings {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private RoleSettings() {
    }

    /**
     * @param metadata the application's configuration metadata
     * @param yamls    the role's application YAML files, the more general first (a later one overrides)
     * @param wanted   which properties belong to the role
     */
    static List<Setting> of(InputStream metadata, List<InputStream> yamls, Predicate<String> wanted) throws IOException {
        Map<String, String> configured = new LinkedHashMap<>();
        for (InputStream yaml : yamls) {
            JsonNode tree = YAML.readTree(yaml);
            if (tree != null) {
                flatten("", tree, configured);
            }
        }
        JsonNode root = JSON.readTree(metadata);
        Map<String, String> groups = new LinkedHashMap<>();
        root.path("groups").forEach(g -> groups.put(g.path("name").asText(), g.path("type").asText()));
        List<Setting> settings = new ArrayList<>();
        for (JsonNode property : root.path("properties")) {
            String name = property.path("name").asText();
            if (!wanted.test(name)) {
                continue;
            }
            String value = configured.getOrDefault(name, text(property.path("defaultValue")));
            settings.add(new Setting(name, property.path("description").asText(""), value, group(name, groups)));
        }
        settings.sort(Comparator.comparing(Setting::name));
        return settings;
    }

    /** The YAML keys of the files, flattened to property names, that the metadata does not know (for the checks). */
    static List<String> undocumented(InputStream metadata, List<InputStream> yamls, Predicate<String> wanted) throws IOException {
        Map<String, String> configured = new LinkedHashMap<>();
        for (InputStream yaml : yamls) {
            JsonNode tree = YAML.readTree(yaml);
            if (tree != null) {
                flatten("", tree, configured);
            }
        }
        JsonNode root = JSON.readTree(metadata);
        List<String> known = new ArrayList<>();
        root.path("properties").forEach(p -> known.add(p.path("name").asText()));
        return configured.keySet().stream().filter(wanted).filter(name -> !known.contains(name)
                && known.stream().noneMatch(k -> name.startsWith(k + "."))).sorted().toList();
    }

    private static String group(String name, Map<String, String> groups) {
        return groups.keySet().stream().filter(g -> name.startsWith(g + "."))
                .max(Comparator.comparingInt(String::length)).orElse(name.substring(0, name.lastIndexOf('.')));
    }

    private static String text(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return "";
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(v -> items.add(v.asText()));
            return String.join(",", items);
        }
        return value.asText();
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), into));
        } else if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(v -> items.add(v.asText()));
            into.put(prefix, String.join(",", items));
        } else {
            into.put(prefix, node.isNull() ? "" : node.asText());
        }
    }
}
