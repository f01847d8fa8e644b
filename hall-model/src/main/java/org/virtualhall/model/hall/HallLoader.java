package org.virtualhall.model.hall;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.virtualhall.model.catalog.Department;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.catalog.Staff;
import org.virtualhall.model.catalog.Window;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.layout.HallLayout;
import org.virtualhall.model.panorama.Viewpoint;

/**
 * Reads a hall from its data files ({@code manifest.yaml} and the files it names) and checks every
 * reference. Either returns a hall that is whole, or throws {@link HallDataException} listing every
 * problem with its file and entry.
 */
public final class HallLoader {

    public static final String MANIFEST = "manifest.yaml";
    /** How an entry of a list file is named in problems, by the key that identifies it. */
    private static final Map<String, String> ENTRY_NAMES = Map.of("code", "item", "number", "window", "badge", "staff",
            "id", "viewpoint");

    private final HallSource source;
    private final boolean withPhotos;
    private final MessageDigest digest;
    private final Problems problems = new Problems();

    private HallLoader(HallSource source, boolean withPhotos) {
        this.source = source;
        this.withPhotos = withPhotos;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The hall shipped in the assets jar. */
    public static Hall fromClasspath() {
        return load(HallSource.classpath());
    }

    public static Hall load(HallSource source) {
        return new HallLoader(source, true).load();
    }

    /**
     * Loads and checks everything but the panorama photos themselves, for the tool that renders them: the photos
     * may not exist yet.
     */
    public static Hall loadWithoutPhotos(HallSource source) {
        return new HallLoader(source, false).load();
    }

    private Hall load() {
        HallManifest manifest = read(MANIFEST, new TypeReference<HallManifest>() { });
        if (manifest == null) {
            throw new HallDataException(problems.all());
        }
        HallLayout layout = read(manifest.layout(), new TypeReference<HallLayout>() { });
        List<Department> departments = readList(manifest.departments(), new TypeReference<List<Department>>() { });
        List<Window> windows = readList(manifest.windows(), new TypeReference<List<Window>>() { });
        List<Staff> staff = readList(manifest.staff(), new TypeReference<List<Staff>>() { });
        List<Item> items = new ArrayList<>();
        List<String> itemFiles = new ArrayList<>();
        for (String file : manifest.items()) {
            for (Item item : readList(file, new TypeReference<List<Item>>() { })) {
                items.add(item);
                itemFiles.add(file);
            }
        }
        List<Viewpoint> viewpoints = manifest.viewpoints() == null ? List.of()
                : readList(manifest.viewpoints(), new TypeReference<List<Viewpoint>>() { });
        if (!problems.isEmpty() || layout == null) {
            throw new HallDataException(problems.all());
        }
        Map<String, Optional<byte[]>> photos = new HashMap<>();
        if (withPhotos) {
            viewpoints.forEach(v -> photos.put(v.file(), photo(v.file())));
        }
        String version = HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        Hall hall = new Hall(manifest.info(), version, layout, departments, windows, staff, items, viewpoints);
        return checked(hall, manifest, itemFiles, problems, withPhotos ? photos::get : null);
    }

    /** A photo's bytes, counted in the version like every data file; empty when it does not exist. */
    private Optional<byte[]> photo(String file) {
        try (InputStream in = source.open(file)) {
            byte[] bytes = in.readAllBytes();
            digest.update(file.getBytes(StandardCharsets.UTF_8));
            digest.update(bytes);
            return Optional.of(bytes);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Runs every check on a hall that did not come from files (a catalog publication, an edit in the
     * back office). Problems name the part of the hall ("windows", "items") instead of a file.
     */
    public static Hall check(Hall hall) {
        HallManifest parts = new HallManifest(hall.info().name(), hall.info().region(), hall.info().regionCode(),
                hall.info().address(), hall.info().phone(), hall.info().hours(),
                "layout", "departments", "windows", "staff", List.of(), "viewpoints");
        return checked(hall, parts, Collections.nCopies(hall.items().size(), "items"), new Problems(), null);
    }

    private static Hall checked(Hall hall, HallManifest files, List<String> itemFiles, Problems problems,
                                Function<String, Optional<byte[]>> photos) {
        new LayoutChecks(hall, files, problems).run();
        new CatalogChecks(hall, files, problems).run();
        new ItemChecks(hall, itemFiles, problems).run();
        new ViewpointChecks(hall, files.viewpoints(), problems, photos).run();
        if (!problems.isEmpty()) {
            throw new HallDataException(problems.all());
        }
        return hall;
    }

    private <T> List<T> readList(String file, TypeReference<List<T>> type) {
        List<T> list = read(file, type);
        return list == null ? List.of() : list;
    }

    private <T> T read(String file, TypeReference<T> type) {
        if (file == null || file.isBlank()) {
            problems.add(MANIFEST, "files", "a data file is not named");
            return null;
        }
        byte[] bytes = new byte[0];
        try (InputStream in = source.open(file)) {
            bytes = in.readAllBytes();
            digest.update(file.getBytes(StandardCharsets.UTF_8));
            digest.update(bytes);
            T value = HallJson.data().readValue(bytes, type);
            if (value == null) {
                problems.add(file, "file", "the file is empty");
            }
            return value;
        } catch (NoSuchFileException e) {
            problems.add(file, "file", "the file does not exist");
        } catch (JsonProcessingException e) {
            boolean syntax = e instanceof JsonParseException || e.getCause() instanceof JsonParseException;
            String entry = e instanceof JsonMappingException m && !syntax ? entryOf(bytes, m) : "";
            problems.add(file, entry + where(e), (syntax ? "not valid YAML: " : "") + e.getOriginalMessage());
        } catch (IOException e) {
            problems.add(file, "file", "cannot be read: " + e.getMessage());
        }
        return null;
    }

    /**
     * Jackson reports a record's error at the end of the entry, so name the entry itself: the code,
     * number or badge of the list element the error is in.
     */
    private static String entryOf(byte[] bytes, JsonMappingException e) {
        if (e.getPath().isEmpty() || e.getPath().get(0).getIndex() < 0) {
            return "";
        }
        try {
            JsonNode entry = HallJson.data().readTree(bytes).path(e.getPath().get(0).getIndex());
            for (String key : List.of("code", "number", "badge", "id")) {
                if (entry.hasNonNull(key)) {
                    return ENTRY_NAMES.get(key) + " " + entry.get(key).asText() + ", ";
                }
            }
        } catch (IOException unreadable) {
            // Without a tree, the line and path that follow still point at the entry.
        }
        return "";
    }

    private static String where(JsonProcessingException e) {
        String at = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr()
                + ", column " + e.getLocation().getColumnNr();
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference r : m.getPath()) {
                path.append(r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]");
            }
            return at + " (" + path + ")";
        }
        return at;
    }
}
