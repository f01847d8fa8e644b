package org.virtualhall.approval.consultation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.virtualhall.approval.cases.CaseNotFoundException;
import org.virtualhall.approval.system.InvalidInputException;
import org.virtualhall.approval.system.JsonApi;
import org.virtualhall.model.calendar.WorkingDayCalendar;

/**
 * {@code POST /api/consultations} from the inner gateway: a question (its deadline set in working days), or, with
 * {@code pf}, the citizen's rating of the answer. 201 stored, 200 a repeat, 404 a rating of an unknown question, 400
 * naming the field.
 */
@RestController
@JsonApi
class ConsultationApiController {

    private static final int MAX_QUESTION = 1000;

    private final QuestionRepository questions;
    private final WorkingDayCalendar calendar;
    private final ConsultationSettings settings;
    private final Clock clock;

    ConsultationApiController(QuestionRepository questions, WorkingDayCalendar calendar, ConsultationSettings settings,
                              Clock clock) {
        this.questions = questions;
        this.calendar = calendar;
        this.settings = settings;
        this.clock = clock;
    }

    /** 咨询编号, 证件号码, 事项编码, 部门, 问题, 时间, 评分. */
    record Request(String zxbh, String zjhm, String sxbm, String bm, String wt, String sj, Integer pf) {
    }

    @PostMapping("/api/consultations")
    ResponseEntity<Map<String, Object>> take(@RequestBody Request r) {
        require("zxbh", r.zxbh());
        if (r.pf() != null) {
            if (r.pf() < 1 || r.pf() > 5) {
                throw new InvalidInputException("pf", "评分须为 1 至 5");
            }
            questions.find(r.zxbh()).orElseThrow(() -> new CaseNotFoundException(r.zxbh()));
            boolean rated = questions.rate(r.zxbh(), r.pf());
            return ResponseEntity.status(rated ? HttpStatus.CREATED : HttpStatus.OK).body(Map.of("consultation", r.zxbh()));
        }
        require("zjhm", r.zjhm());
        require("bm", r.bm());
        require("wt", r.wt());
        if (r.wt().length() > MAX_QUESTION) {
            throw new InvalidInputException("wt", "问题不能超过 " + MAX_QUESTION + " 字");
        }
        Instant at;
        try {
            at = Instant.parse(r.sj() == null ? "" : r.sj());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("sj", "时间应为 ISO-8601 时刻");
        }
        LocalDate answerBy = calendar.addWorkingDays(LocalDate.now(clock), settings.answerDays());
        boolean created = questions.add(r.zxbh(), r.zjhm(), r.sxbm(), r.bm(), r.wt(), at, answerBy);
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                .body(Map.of("consultation", r.zxbh(), "answerBy", answerBy.toString()));
    }

    private static void require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "缺少字段 " + field);
        }
    }
}
