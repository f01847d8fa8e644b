package org.virtualhall.approval.system;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.virtualhall.approval.cases.CaseNotFoundException;
import org.virtualhall.approval.workflow.TransitionRefusedException;

/** Turns failures of the JSON API into {@link ApiError} answers with the right status. */
@RestControllerAdvice(annotations = JsonApi.class)
class ApiExceptionHandler {

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ApiError> invalid(InvalidInputException e) {
        return ResponseEntity.badRequest().body(new ApiError("invalid", e.getMessage(), e.field()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest().body(new ApiError("unreadable", "请求体不是有效的 JSON：" + e.getMostSpecificCause().getMessage(), null));
    }

    @ExceptionHandler(CaseNotFoundException.class)
    ResponseEntity<ApiError> notFound(CaseNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiError("not_found", e.getMessage(), null));
    }

    @ExceptionHandler(TransitionRefusedException.class)
    ResponseEntity<ApiError> refused(TransitionRefusedException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new ApiError("transition_refused", e.getMessage(), null));
    }

    /** The store is down or busy: the gateway retries later (docs/contracts.md). */
    @ExceptionHandler({CannotGetJdbcConnectionException.class, DataAccessResourceFailureException.class,
            TransientDataAccessException.class})
    ResponseEntity<ApiError> storeDown(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(new ApiError("store_unavailable", "审批系统暂时无法保存，请稍后重试：" + e.getMessage(), null));
    }
}
