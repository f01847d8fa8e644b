package org.virtualhall.model.hall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.virtualhall.model.json.HallJson;

/** A writable copy of the shipped hall in a temporary folder, for tests that break it on purpose. */
final class HallFolder {

    static final String TEST_ITEMS = "items/test.yaml";

    private final Path dir;

    private HallFolder(Path dir) {
        this.dir = dir;
    }

    /** Copies every file the shipped manifest names, and adds {@value #TEST_ITEMS} with one valid item. */
    static HallFolder copyOfShippedHall(Path dir) {
        HallFolder folder = new HallFolder(dir);
        HallSource shipped = HallSource.classpath();
        List<String> files = new ArrayList<>(List.of(HallLoader.MANIFEST));
        JsonNode manifest = folder.copy(shipped, HallLoader.MANIFEST);
        for (String key : List.of("layout", "departments", "windows", "staff")) {
            files.add(manifest.get(key).asText());
        }
        manifest.get("items").forEach(f -> files.add(f.asText()));
        files.add(manifest.get("viewpoints").asText());
        files.stream().skip(1).forEach(f -> folder.copy(shipped, f));
        HallLoader.fromClasspath().viewpoints().forEach(v -> folder.copyBytes(shipped, v.file()));
        folder.write(TEST_ITEMS, TestItem.YAML);
        folder.edit(HallLoader.MANIFEST, node -> ((ArrayNode) node.get("items")).add(TEST_ITEMS));
        return folder;
    }

    /** Writes a file's bytes as they are (a photo). */
    void writeBytes(String file, byte[] bytes) {
        try {
            Files.createDirectories(dir.resolve(file).getParent());
            Files.write(dir.resolve(file), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void copyBytes(HallSource from, String file) {
        try (InputStream in = from.open(file)) {
            writeBytes(file, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loading fails, and one of the problems has this file, names this entry and says this. */
    void assertProblem(String file, String entry, String message) {
        assertThatThrownBy(this::load)
                .isInstanceOfSatisfying(HallDataException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> {
                            assertThat(p.file()).isEqualTo(file);
                            assertThat(p.entry()).contains(entry);
                            assertThat(p.message()).contains(message);
                        }));
    }

    Hall load() {
        return HallLoader.load(HallSource.directory(dir));
    }

    void write(String file, String text) {
        try {
            Files.createDirectories(dir.resolve(file).getParent());
            Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Edits a data file as a YAML tree. */
    void edit(String file, Consumer<JsonNode> change) {
        try {
            JsonNode node = HallJson.data().readTree(dir.resolve(file).toFile());
            change.accept(node);
            HallJson.data().writeValue(dir.resolve(file).toFile(), node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Edits the entry of a list file whose {@code key} field has the given value. */
    void editEntry(String file, String key, String value, Consumer<ObjectNode> change) {
        edit(file, list -> {
            for (JsonNode entry : list) {
                if (value.equals(entry.path(key).asText())) {
                    change.accept((ObjectNode) entry);
                    return;
                }
            }
            throw new IllegalArgumentException(file + " has no entry with " + key + " = " + value);
        });
    }

    private JsonNode copy(HallSource from, String file) {
        try (InputStream in = from.open(file)) {
            byte[] bytes = in.readAllBytes();
            write(file, new String(bytes, StandardCharsets.UTF_8));
            return HallJson.data().readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
