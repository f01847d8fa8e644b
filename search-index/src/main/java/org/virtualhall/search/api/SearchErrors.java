package org.virtualhall.search.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.virtualhall.search.query.BadQueryException;
import org.virtualhall.search.query.SearchUnavailableException;

/** The hall's error shape {@code {"error","reason","field"}} for the search endpoints. */
@RestControllerAdvice(assignableTypes = SearchController.class)
class SearchErrors {

    private static final Logger LOG = LoggerFactory.getLogger(SearchErrors.class);

    record ApiError(String error, String reason, String field) {
    }

    @ExceptionHandler
    ResponseEntity<ApiError> badQuery(BadQueryException e) {
        return ResponseEntity.badRequest().body(new ApiError("bad_query", e.getMessage(), e.field()));
    }

    @ExceptionHandler
    ResponseEntity<ApiError> wrongType(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.badRequest()
                .body(new ApiError("bad_query", "参数 " + e.getName() + " 应为整数", e.getName()));
    }

    @ExceptionHandler
    ResponseEntity<ApiError> unavailable(SearchUnavailableException e) {
        LOG.warn("search unavailable: {}", e.getCause() == null ? e.getMessage() : e.getCause().toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(new ApiError("search_unavailable", e.getMessage(), null));
    }
}
