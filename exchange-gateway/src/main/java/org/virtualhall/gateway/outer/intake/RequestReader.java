package org.virtualhall.gateway.outer.intake;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.web.Refusal;

/**
 * Reads a request body the strict way: bounded size, valid UTF-8, bounded nesting, no unknown fields,
 * every type as declared. Each failure names the field where it happened.
 */
@Component
@Profile("outer")
public class RequestReader {

    private final IntakeLimits limits;
    private final ObjectMapper mapper;

    RequestReader(IntakeLimits limits) {
        this.limits = limits;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength((int) Math.min(Integer.MAX_VALUE, limits.maxBodyBytes()))
                        .build())
                .build();
        this.mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .build();
    }

    public byte[] readBody(InputStream in, long declaredLength) throws IOException {
        if (declaredLength > limits.maxBodyBytes()) {
            throw tooLarge();
        }
        byte[] body = in.readNBytes((int) limits.maxBodyBytes() + 1);
        if (body.length > limits.maxBodyBytes()) {
            throw tooLarge();
        }
        return body;
    }

    public <T> T parse(byte[] body, Class<T> type) {
        if (body.length == 0) {
            throw Refusal.badRequest("malformed_json", "请求体为空", null);
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw Refusal.badRequest("invalid_utf8", "请求体不是有效的UTF-8编码", null);
        }
        try {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw Refusal.badRequest("malformed_json", "请求体应为JSON对象", null);
            }
            return value;
        } catch (StreamConstraintsException e) {
            throw Refusal.badRequest("too_deep", "JSON嵌套层数超过" + limits.maxNestingDepth() + "层", null);
        } catch (UnrecognizedPropertyException e) {
            throw Refusal.badRequest("unknown_field", "不认识的字段：" + e.getPropertyName(), path(e));
        } catch (MismatchedInputException e) {
            throw Refusal.badRequest("wrong_type", "字段类型不正确" + expected(e), path(e));
        } catch (JsonMappingException e) {
            throw Refusal.badRequest("invalid_value", "字段值无法识别：" + e.getOriginalMessage(), path(e));
        } catch (JsonProcessingException e) {
            throw Refusal.badRequest("malformed_json", "请求体不是有效的JSON：" + e.getOriginalMessage(), null);
        } catch (IOException e) {
            throw Refusal.badRequest("malformed_json", "请求体无法读取", null);
        }
    }

    private static String expected(MismatchedInputException e) {
        return e.getTargetType() == null ? "" : "（应为" + e.getTargetType().getSimpleName() + "）";
    }

    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? null : path.toString();
    }

    private Refusal tooLarge() {
        return new Refusal(HttpStatus.PAYLOAD_TOO_LARGE, "too_large",
                "请求体超过 " + limits.maxBodyBytes() / (1024 * 1024) + " MB", null);
    }
}
