package org.virtualhall.gateway.outer.searchlog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import org.virtualhall.search.query.SearchResult;

/**
 * Counts every answer of the mounted search API ({@code GET /api/search}) on its way out: the normalised query, its
 * hits and whether it was a fallback, nothing about who asked. Counting never fails or delays the answer.
 */
@ControllerAdvice
@Profile("outer")
class SearchLogAdvice implements ResponseBodyAdvice<Object> {

    private static final Logger LOG = LoggerFactory.getLogger(SearchLogAdvice.class);

    private final SearchLog log;
    private final SearchQueries queries;

    SearchLogAdvice(SearchLog log, SearchQueries queries) {
        this.log = log;
        this.queries = queries;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return SearchResult.class.equals(returnType.getParameterType());
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (body instanceof SearchResult result && request instanceof ServletServerHttpRequest servlet) {
            try {
                log.searched(queries.normalise(servlet.getServletRequest().getParameter("q")), result.hits().size(),
                        result.fallback());
            } catch (RuntimeException e) {
                LOG.warn("a search was not counted: {}", e.toString());
            }
        }
        return body;
    }
}
