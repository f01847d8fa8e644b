package org.virtualhall.gateway.outer.appointment;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.virtualhall.gateway.outer.auth.CitizenSessions;
import org.virtualhall.gateway.outer.auth.TokenClaims;
import org.virtualhall.gateway.outer.intake.RequestReader;

/** 预约 (docs/api.md): the slots of a window's day, booking, the citizen's own bookings, cancelling. Signed-in only. */
@RestController
@Profile("outer")
class AppointmentController {

    private final CitizenSessions sessions;
    private final RequestReader reader;
    private final AppointmentDesk desk;
    private final AppointmentBook book;
    private final Clock clock;

    AppointmentController(CitizenSessions sessions, RequestReader reader, AppointmentDesk desk, AppointmentBook book,
                          Clock clock) {
        this.sessions = sessions;
        this.reader = reader;
        this.desk = desk;
        this.book = book;
        this.clock = clock;
    }

    @GetMapping("/api/appointments/slots")
    Map<String, Object> slots(@RequestParam(required = false) String window, @RequestParam(required = false) String date,
                              @RequestHeader(name = "Authorization", required = false) String authorization) {
        sessions.verify(authorization);
        List<Map<String, Object>> slots = desk.slots(window, date).stream()
                .map(s -> Map.<String, Object>of("slot", s.start().toString(), "capacity", s.capacity(), "left", s.left()))
                .toList();
        return Map.of("window", window, "date", date, "slots", slots);
    }

    @PostMapping("/api/appointments")
    ResponseEntity<Map<String, Object>> book(@RequestHeader(name = "Authorization", required = false) String authorization,
                                             HttpServletRequest http) throws IOException {
        TokenClaims claims = sessions.verify(authorization);
        AppointmentRequest request = reader.parse(reader.readBody(http.getInputStream(), http.getContentLengthLong()),
                AppointmentRequest.class);
        AppointmentBook.Booked b = desk.book(claims.sub(), request);
        return ResponseEntity.status(HttpStatus.CREATED).body(view(b));
    }

    @GetMapping("/api/appointments")
    Map<String, Object> mine(@RequestHeader(name = "Authorization", required = false) String authorization) {
        TokenClaims claims = sessions.verify(authorization);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        return Map.of("items", book.mine(claims.sub(), today).stream().map(AppointmentController::view).toList());
    }

    @DeleteMapping("/api/appointments/{id}")
    ResponseEntity<Void> cancel(@PathVariable String id,
                                @RequestHeader(name = "Authorization", required = false) String authorization) {
        desk.cancel(sessions.verify(authorization).sub(), id);
        return ResponseEntity.noContent().build();
    }

    private static Map<String, Object> view(AppointmentBook.Booked b) {
        return Map.of("id", b.id(), "number", b.number(), "itemCode", b.itemCode(), "window", b.window(),
                "date", b.day().toString(), "slot", b.slot().toString(), "status", b.status());
    }
}
