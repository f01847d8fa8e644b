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
public final class RoleSettings {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private RoleSettings() {
    }

    /**
     * @param metadata the configuration metadata of the application and of the libraries it mounts
     * @param yamls    the role's application YAML files, the more general first (a later one overrides)
     * @param wanted   which properties belong to the role
     */
    static List<Setting> of(List<InputStream> metadata, List<InputStream> yamls, Predicate<String> wanted) throws IOException {
        Map<String, String> configured = configured(yamls);
        List<JsonNode> roots = new ArrayList<>();
        for (InputStream file : metadata) {
            roots.add(JSON.readTree(file));
        }
        List<String> groups = new ArrayList<>();
        roots.forEach(root -> root.path("groups").forEach(g -> groups.add(g.path("name").asText())));
        List<Setting> settings = new ArrayList<>();
        for (JsonNode root : roots) {
            for (JsonNode property : root.path("properties")) {
                String name = property.path("name").asText();
                if (wanted.test(name)) {
                    String value = configured.getOrDefault(name, text(property.path("defaultValue")));
                    settings.add(new Setting(name, property.path("description").asText(""), value, group(name, groups)));
                }
            }
        }
        settings.sort(Comparator.comparing(Setting::name));
        return settings;
    }

    /**
     * What an application's own checks hold against its settings templates: the settings its YAML files set that
     * its configuration metadata does not know (so no template would list them), and the metadata's settings that
     * have no description. Both lists are empty when every setting is explained.
     */
    public static List<String> unexplained(InputStream metadata, List<InputStream> yamls, Predicate<String> wanted) throws IOException {
        Map<String, String> configured = configured(yamls);
        JsonNode root = JSON.readTree(metadata);
        List<String> known = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        root.path("properties").forEach(p -> {
            known.add(p.path("name").asText());
            if (wanted.test(p.path("name").asText()) && p.path("description").asText("").isBlank()) {
                problems.add(p.path("name").asText() + ": no description (a @param in the settings record)");
            }
        });
        configured.keySet().stream().filter(wanted)
                .filter(name -> !known.contains(name) && known.stream().noneMatch(k -> name.startsWith(k + ".")))
                .map(name -> name + ": set in the YAML, unknown to the configuration metadata").forEach(problems::add);
        return problems.stream().sorted().toList();
    }

    /**
     * {@link #unexplained} of an application on the class path: its metadata and the named YAML files as resources,
     * the settings under {@code prefix}.
     */
    public static List<String> unexplainedOnClassPath(ClassLoader loader, List<String> yamlNames, String prefix) throws IOException {
        List<InputStream> yamls = new ArrayList<>();
        try (InputStream metadata = resource(loader, "META-INF/spring-configuration-metadata.json")) {
            for (String name : yamlNames) {
                yamls.add(resource(loader, name));
            }
            return unexplained(metadata, yamls, name -> name.startsWith(prefix));
        } finally {
            for (InputStream yaml : yamls) {
                yaml.close();
            }
        }
    }

    private static InputStream resource(ClassLoader loader, String name) throws IOException {
        InputStream in = loader.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the class path");
        }
        return in;
    }

    private static Map<String, String> configured(List<InputStream> yamls) throws IOException {
        Map<String, String> configured = new LinkedHashMap<>();
        for (InputStream yaml : yamls) {
            JsonNode tree = YAML.readTree(yaml);
            if (tree != null) {
                flatten("", tree, configured);
            }
        }
        return configured;
    }

    private static String group(String name, List<String> groups) {
        return groups.stream().filter(g -> name.startsWith(g + "."))
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
