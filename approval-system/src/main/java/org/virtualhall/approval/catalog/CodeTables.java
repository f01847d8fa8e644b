package org.virtualhall.approval.catalog;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.virtualhall.model.json.HallJson;

/**
 * The 对照匹配 tables in assets {@code codes/} (docs/contracts.md): the hall's codes on the outer side,
 * the approval system's own codes on the inner side. Intake speaks inner codes; the catalog outer ones.
 */
@Component
public class CodeTables {

    private static final Logger LOG = LoggerFactory.getLogger(CodeTables.class);

    /** One row of a table. */
    public record Code(String outer, String inner, String name) {
    }

    private final Map<String, Code> itemsByInner;
    private final Map<String, Code> departmentsByOuter;
    private final Map<String, Code> regionsByInner;

    public CodeTables() {
        itemsByInner = index(read("codes/items.yaml"), Code::inner);
        departmentsByOuter = index(read("codes/departments.yaml"), Code::outer);
        regionsByInner = index(read("codes/regions.yaml"), Code::inner);
    }

    /** The hall's item code for the approval system's item code. */
    public Optional<String> itemOf(String innerItemCode) {
        return Optional.ofNullable(itemsByInner.get(innerItemCode)).map(Code::outer);
    }

    /** The approval system's organisation code of a hall department. */
    public Optional<String> departmentInner(String department) {
        return Optional.ofNullable(departmentsByOuter.get(department)).map(Code::inner);
    }

    public boolean knowsRegion(String innerRegionCode) {
        return regionsByInner.containsKey(innerRegionCode);
    }

    private static Map<String, Code> index(List<Code> codes, Function<Code, String> key) {
        return codes.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity(), (a, b) -> a));
    }

    private static List<Code> read(String resource) {
        try (InputStream in = CodeTables.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                // The tables ship with assets; without them intake refuses every code, saying which.
                LOG.warn("{} is not on the class path: intake will refuse its codes", resource);
                return List.of();
            }
            List<Code> codes = HallJson.data().readValue(in, new TypeReference<List<Code>>() { });
            return codes == null ? List.of() : codes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }
}
