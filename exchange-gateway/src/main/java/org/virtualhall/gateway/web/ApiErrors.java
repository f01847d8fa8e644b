package org.virtualhall.gateway.web;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.CamelExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns every failure into the one error shape of docs/api.md. */
@RestControllerAdvice
class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    private final MeterRegistry meters;

    ApiErrors(MeterRegistry meters) {
        this.meters = meters;
    }

    @ExceptionHandler(Refusal.class)
    ResponseEntity<ApiError> refused(Refusal r) {
        meters.counter("hall.refusals", "error", r.error()).increment();
        LOG.info("refused: {} {} ({})", r.error(), r.getMessage(), r.field());
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(r.status());
        if (r.retryAfter() != null) {
            answer.header(HttpHeaders.RETRY_AFTER, r.retryAfter().toString());
        }
        return answer.body(r.body());
    }

    @ExceptionHandler(CamelExecutionException.class)
    ResponseEntity<ApiError> routeFailed(CamelExecutionException e) {
        if (e.getCause() instanceof Refusal r) {
            return refused(r);
        }
        LOG.error("route failed", e);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(new ApiError("unavailable", "服务暂时不可用，请稍后重试", null));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return refused(Refusal.badRequest("malformed_json", "请求体不是有效的JSON：" + e.getMostSpecificCause().getMessage(), null));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ApiError> missingHeader(MissingRequestHeaderException e) {
        return refused(new Refusal(HttpStatus.UNAUTHORIZED, "missing_token", "缺少请求头 " + e.getHeaderName(),
                e.getHeaderName()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> badParameter(MethodArgumentTypeMismatchException e) {
        return refused(Refusal.badRequest("bad_parameter", "参数格式不正确", e.getName()));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return refused(new Refusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type",
                "请求体应为 application/json", null));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        return refused(new Refusal(HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed",
                "不支持的请求方法 " + e.getMethod(), null));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> notFound(NoResourceFoundException e) {
        return refused(new Refusal(HttpStatus.NOT_FOUND, "not_found", "没有这个地址：/" + e.getResourcePath(), null));
    }
}
