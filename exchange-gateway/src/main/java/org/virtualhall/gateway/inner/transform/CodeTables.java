package org.virtualhall.gateway.inner.transform;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.inner.InnerProperties;
import org.virtualhall.model.json.HallJson;

/** 对照匹配: the code tables outer → inner (docs/contracts.md), kept as data in assets {@code codes/}. */
@Component
@Profile("inner")
public class CodeTables {

    private final Map<String, String> items;
    private final Map<String, String> departments;
    private final Map<String, String> regions;

    CodeTables(InnerProperties props, ResourceLoader resources) {
        this.items = read(resources, props.codesLocation() + "items.yaml");
        this.departments = read(resources, props.codesLocation() + "departments.yaml");
        this.regions = read(resources, props.codesLocation() + "regions.yaml");
    }

    public Optional<String> item(String outer) {
        return Optional.ofNullable(items.get(outer));
    }

    public Optional<String> department(String outer) {
        return Optional.ofNullable(departments.get(outer));
    }

    public Optional<String> region(String outer) {
        return Optional.ofNullable(regions.get(outer));
    }

    private static Map<String, String> read(ResourceLoader resources, String location) {
        try (InputStream in = resources.getResource(location).getInputStream()) {
            List<CodeEntry> entries = HallJson.data().readValue(in, new TypeReference<List<CodeEntry>>() { });
            return entries == null ? Map.of()
                    : entries.stream().collect(Collectors.toUnmodifiableMap(CodeEntry::outer, CodeEntry::inner));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the code table " + location, e);
        }
    }

    /** One row of a code table. */
    record CodeEntry(String outer, String inner, String name) {
    }
}
