package org.virtualhall.approval.appointment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.virtualhall.approval.system.InvalidInputException;
import org.virtualhall.approval.system.JsonApi;

/**
 * {@code POST /api/appointments} from the inner gateway: a booking made outside (the place was taken there) or its
 * cancellation. 201 changed, 200 a repeat, 400 naming the field.
 */
@RestController
@JsonApi
class AppointmentApiController {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{6,40}");
    private static final Set<String> STATUSES = Set.of("BOOKED", "CANCELLED");

    private final BookingRepository bookings;
    private final Clock clock;

    AppointmentApiController(BookingRepository bookings, Clock clock) {
        this.bookings = bookings;
        this.clock = clock;
    }

    @PostMapping("/api/appointments")
    ResponseEntity<Map<String, Object>> take(@RequestBody AppointmentRequest r) {
        require("yybh", r.yybh());
        if (!ID.matcher(r.yybh()).matches()) {
            throw new InvalidInputException("yybh", "预约编号只能由 6-40 位字母、数字和连字符组成");
        }
        require("hm", r.hm());
        require("zjhm", r.zjhm());
        require("sxbm", r.sxbm());
        require("ck", r.ck());
        require("zt", r.zt());
        if (!STATUSES.contains(r.zt())) {
            throw new InvalidInputException("zt", "状态须为 BOOKED 或 CANCELLED");
        }
        LocalDate day = parse("rq", () -> LocalDate.parse(r.rq()));
        LocalTime slot = parse("sd", () -> LocalTime.parse(r.sd()));
        Instant at = r.sj() == null ? clock.instant() : parse("sj", () -> Instant.parse(r.sj()));
        boolean changed = bookings.apply(new Booking(r.yybh(), r.hm(), r.zjhm(), r.sxbm(), r.ck(), day, slot, r.zt(), null, null), at);
        return ResponseEntity.status(changed ? HttpStatus.CREATED : HttpStatus.OK)
                .body(Map.of("appointment", r.yybh(), "status", r.zt()));
    }

    private static <T> T parse(String field, java.util.function.Supplier<T> value) {
        try {
            return value.get();
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidInputException(field, "字段 " + field + " 格式不对（日期 yyyy-MM-dd，时段 HH:mm，时间 ISO-8601）");
        }
    }

    private static void require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "缺少字段 " + field);
        }
    }
}
