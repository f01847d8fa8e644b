package org.virtualhall.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Writes the configuration template of a server role ({@code /etc/virtual-hall/ROLE.yml} in its package): first the
 * few settings every deployment looks at (addresses, database, broker, TLS; {@code deploy/settings/essentials.yaml}),
 * then every setting the role reads, each explained, commented out with the value it takes when not set.
 * <pre>
 *   ConfigTemplate ROLE OUT ESSENTIALS METADATA[:METADATA...] [--yaml FILE]... [--include PREFIX]... [--exclude PREFIX]...
 * </pre>
 */
public final class ConfigTemplate {

    private static final int WIDTH = 116;

    private ConfigTemplate() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            System.err.println("usage: ConfigTemplate ROLE OUT ESSENTIALS METADATA[:METADATA...] [--yaml FILE]... [--include P]..."
                    + " [--exclude P]...");
            System.exit(2);
        }
        String role = args[0];
        List<Path> yamls = new ArrayList<>();
        List<String> include = new ArrayList<>();
        List<String> exclude = new ArrayList<>();
        for (int i = 4; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--yaml" -> yamls.add(Path.of(args[i + 1]));
                case "--include" -> include.add(args[i + 1]);
                case "--exclude" -> exclude.add(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Predicate<String> wanted = name -> include.stream().anyMatch(name::startsWith) && exclude.stream().noneMatch(name::startsWith);
        List<InputStream> streams = new ArrayList<>();
        for (Path yaml : yamls) {
            streams.add(Files.newInputStream(yaml));
        }
        List<InputStream> metadata = new ArrayList<>();
        List<Setting> settings;
        try {
            for (String file : args[3].split(":")) {
                metadata.add(Files.newInputStream(Path.of(file)));
            }
            settings = RoleSettings.of(metadata, streams, wanted);
        } finally {
            for (InputStream stream : streams) {
                stream.close();
            }
            for (InputStream stream : metadata) {
                stream.close();
            }
        }
        Files.writeString(Path.of(args[1]), render(role, essentials(Path.of(args[2]), role), settings));
    }

    /** The essentials of {@code role}: name → [description, example value]. */
    static Map<String, List<String>> essentials(Path file, String role) throws IOException {
        Map<String, List<String>> essentials = new TreeMap<>();
        for (JsonNode entry : new ObjectMapper(new YAMLFactory()).readTree(file.toFile())) {
            List<String> roles = new ArrayList<>();
            entry.path("roles").forEach(r -> roles.add(r.asText()));
            if (roles.contains(role)) {
                essentials.put(entry.path("name").asText(), List.of(entry.path("description").asText(), entry.path("value").asText("")));
            }
        }
        return essentials;
    }

    static String render(String role, Map<String, List<String>> essentials, List<Setting> settings) {
        StringBuilder out = new StringBuilder();
        out.append("# 虚拟政务大厅 · the ").append(role).append(" role: the settings of this host.\n");
        comment(out, "Every setting the role reads is below, commented out with the value it takes when it is not set. Uncomment "
                + "and change what this host needs. A value may name an environment variable: ${HALL_SMS_KEY}. Keys and "
                + "secrets belong in /etc/virtual-hall/keys.env (virtual-hall-keys writes it), never in this file. "
                + "Deployment guide: docs/deployment.md of the source, /usr/share/doc/virtual-hall-" + role + "/deployment.md.");
        if (!essentials.isEmpty()) {
            out.append("\n# ── What every deployment looks at ").append("─".repeat(40)).append('\n');
            essentials.forEach((name, about) -> entry(out, name, about.get(0), about.get(1)));
        }
        String group = null;
        for (Setting setting : settings) {
            if (!setting.group().equals(group)) {
                group = setting.group();
                out.append("\n# ── ").append(group).append(' ').append("─".repeat(Math.max(4, 70 - group.length()))).append('\n');
            }
            entry(out, setting.name(), setting.description(), setting.defaultValue());
        }
        return out.toString();
    }

    private static void entry(StringBuilder out, String name, String description, String value) {
        out.append('\n');
        comment(out, description.isBlank() ? "(no description)" : description);
        out.append('#').append(name).append(": ").append(yamlValue(value)).append('\n');
    }

    private static String yamlValue(String value) {
        if (value.isEmpty()) {
            return "\"\"";
        }
        boolean bare = value.matches("[\\w./:@-]+") && !value.startsWith("@");
        return bare ? value : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Javadoc's inline tags as plain words: {@code embedded} → embedded, {@link #operator} → operator. */
    static String plain(String javadoc) {
        return javadoc.replaceAll("\\{@(?:code|literal|link|linkplain)\\s+#?([^}]*)}", "$1").replaceAll("\\s+", " ").trim();
    }

    private static void comment(StringBuilder out, String text) {
        StringBuilder line = new StringBuilder("#");
        for (String word : plain(text).split(" ")) {
            if (line.length() + word.length() + 1 > WIDTH && line.length() > 1) {
                out.append(line).append('\n');
                line = new StringBuilder("#");
            }
            line.append(' ').append(word);
        }
        out.append(line).append('\n');
    }
}
