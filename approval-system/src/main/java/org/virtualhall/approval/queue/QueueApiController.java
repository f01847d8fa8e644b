package org.virtualhall.approval.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.virtualhall.approval.system.InvalidInputException;
import org.virtualhall.approval.system.JsonApi;

/** {@code POST /api/queue/tickets} from the inner gateway: a ticket taken outside. 201 new, 200 a repeat, 400 naming the field. */
@RestController
@JsonApi
class QueueApiController {

    private final TicketRepository tickets;

    QueueApiController(TicketRepository tickets) {
        this.tickets = tickets;
    }

    /** 号票编号, 窗口, 日期, 顺序号, 号码, 证件号码, 取号时间. */
    record TicketRequest(String phbh, String ck, String rq, Integer sxh, String hm, String zjhm, String sj) {
    }

    @PostMapping("/api/queue/tickets")
    ResponseEntity<Map<String, Object>> take(@RequestBody TicketRequest r) {
        for (Map.Entry<String, String> f : Map.of("phbh", nz(r.phbh()), "ck", nz(r.ck()), "hm", nz(r.hm()), "zjhm", nz(r.zjhm()))
                .entrySet()) {
            if (f.getValue().isBlank()) {
                throw new InvalidInputException(f.getKey(), "缺少字段 " + f.getKey());
            }
        }
        if (r.sxh() == null || r.sxh() < 1) {
            throw new InvalidInputException("sxh", "顺序号须为正整数");
        }
        LocalDate day;
        Instant at;
        try {
            day = LocalDate.parse(nz(r.rq()));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("rq", "日期格式应为 yyyy-MM-dd");
        }
        try {
            at = Instant.parse(nz(r.sj()));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("sj", "取号时间应为 ISO-8601 时刻");
        }
        boolean created = tickets.add(r.phbh(), r.ck(), day, r.sxh(), r.hm(), r.zjhm(), at);
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(Map.of("ticket", r.phbh()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
