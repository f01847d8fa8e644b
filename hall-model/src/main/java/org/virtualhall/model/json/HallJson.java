package org.virtualhall.model.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The two codecs of the hall. Wire JSON is lenient about unknown fields, so parts built at
 * different times keep talking; hall data files are strict, so a misspelt key is an error, not a
 * silently missing value.
 */
public final class HallJson {

    private static final ObjectMapper WIRE = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final ObjectMapper DATA = YAMLMapper.builder(new YAMLFactory())
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private HallJson() {
    }

    /** The JSON codec for everything that travels (HTTP, queues, bundles). Thread-safe; share it. */
    public static ObjectMapper wire() {
        return WIRE;
    }

    /** The strict YAML codec for the hall's data files in assets. */
    public static ObjectMapper data() {
        return DATA;
    }
}
