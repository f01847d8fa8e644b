package org.virtualhall.gateway.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Type;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

/**
 * Spring's JSON converter with a {@code Content-Length}: it writes the body into a buffer first. The stock one
 * flushes the generator as it ends, which commits the response before its length is known, so every answer went
 * out chunked, its last empty chunk in a second write to the socket.
 */
public class SizedJsonConverter extends MappingJackson2HttpMessageConverter {

    public SizedJsonConverter(ObjectMapper mapper) {
        super(mapper);
    }

    @Override
    protected void writeInternal(Object object, Type type, HttpOutputMessage out)
            throws IOException, HttpMessageNotWritableException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(256);
        super.writeInternal(object, type, new HttpOutputMessage() {
            @Override
            public OutputStream getBody() {
                return body;
            }

            @Override
            public HttpHeaders getHeaders() {
                return out.getHeaders();
            }
        });
        out.getHeaders().setContentLength(body.size());
        body.writeTo(out.getBody());
    }
}
