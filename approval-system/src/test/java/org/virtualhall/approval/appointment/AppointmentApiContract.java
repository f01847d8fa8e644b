package org.virtualhall.approval.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.virtualhall.approval.audit.AuditLog;
import org.virtualhall.approval.store.TestGateway;
import org.virtualhall.launch.http.Answer;
import org.virtualhall.launch.http.JsonHttp;
import org.virtualhall.model.json.HallJson;

/** POST /api/appointments (预约 from the inner gateway) and the window's day list, run against each store by its subclasses. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class AppointmentApiContract {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 8);

    @LocalServerPort
    int port;
    @Autowired
    BookingRepository bookings;
    @Autowired
    CapacityRepository capacities;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    JsonHttp api() {
        return JsonHttp.local(port, HallJson.wire());
    }

    @Test
    void aBookingIsListedForItsWindowsDayACancellationTakesItOutOfTheCountAndRepeatsChangeNothing() {
        String window = "Q" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        Map<String, Object> first = booking(window, "09:30", "BOOKED");
        Map<String, Object> second = booking(window, "10:00", "BOOKED");

        assertThat(api().post("/api/appointments", first).status()).isEqualTo(201);
        assertThat(api().post("/api/appointments", first).status()).as("a repeat").isEqualTo(200);
        assertThat(api().post("/api/appointments", second).status()).isEqualTo(201);
        Map<String, Object> cancelled = new LinkedHashMap<>(second);
        cancelled.put("zt", "CANCELLED");
        assertThat(api().post("/api/appointments", cancelled).status()).isEqualTo(201);
        assertThat(api().post("/api/appointments", cancelled).status()).isEqualTo(200);

        assertThat(bookings.day(window, DAY)).extracting(Booking::number, Booking::status)
                .containsExactly(Tuple.tuple(first.get("hm"), "BOOKED"),
                        Tuple.tuple(second.get("hm"), "CANCELLED"));
        assertThat(bookings.day(window, DAY.plusDays(1))).isEmpty();
    }

    @Test
    void aBookingNotCheckedInIsANoShowOnceItsHalfHourIsOverAndACheckInIsOnlyAtItsWindow() {
        String window = "Q" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        Map<String, Object> came = booking(window, "09:00", "BOOKED");
        Map<String, Object> absent = booking(window, "09:30", "BOOKED");
        api().post("/api/appointments", came);
        api().post("/api/appointments", absent);

        assertThat(bookings.checkIn((String) came.get("yybh"), "A01", "QX0001", Instant.now())).as("another window").isFalse();
        assertThat(bookings.checkIn((String) came.get("yybh"), window, "QX0005", Instant.now())).isTrue();
        assertThat(bookings.checkIn((String) came.get("yybh"), window, "QX0005", Instant.now())).as("twice").isFalse();

        var list = bookings.day(window, DAY);
        assertThat(list).filteredOn(b -> b.noShow(DAY, LocalTime.of(10, 0))).extracting(Booking::number)
                .containsExactly((String) absent.get("hm"));
        assertThat(list).filteredOn(b -> b.noShow(DAY, LocalTime.of(9, 45))).as("still in its half hour").isEmpty();
        assertThat(list).filteredOn(b -> b.noShow(DAY.plusDays(1), LocalTime.of(8, 0))).hasSize(1);
        assertThat(list.get(0).maskedId()).isEqualTo("330102********1234");
    }

    @Test
    void placesSetInTheBackOfficeAreAuditedAndPublishedOutward() {
        capacities.set("A03", 7, Instant.now(), audit);

        await().atMost(Duration.ofSeconds(20)).until(() -> TestGateway.shared().appointmentCapacity().stream()
                .anyMatch(c -> c.path("windows").toString().contains("{\"window\":\"A03\",\"capacity\":7}")));
        assertThat(capacities.all()).containsEntry("A03", 7);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'APPOINTMENT_CAPACITY_SET' AND target = 'A03'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void everyBadFieldIsNamed() {
        Map<String, Object> good = booking("A03", "09:30", "BOOKED");
        for (Map.Entry<String, Object> bad : Map.<String, Object>of("yybh", "../x", "zt", "LOST", "rq", "明天", "sd", "9点",
                "ck", "", "zjhm", "").entrySet()) {
            Map<String, Object> body = new LinkedHashMap<>(good);
            body.put(bad.getKey(), bad.getValue());
            Answer answer = api().post("/api/appointments", body);
            assertThat(answer.status()).as(bad.getKey()).isEqualTo(400);
            assertThat(answer.json().path("field").asText()).isEqualTo(bad.getKey());
        }
    }

    /** A booking as the inner gateway sends it (docs/contracts.md). */
    static Map<String, Object> booking(String window, String slot, String status) {
        String id = "YY" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("yybh", id);
        body.put("hm", window + "-" + slot.replace(":", "") + "-" + id.substring(2, 6));
        body.put("zjhm", "330102199001011234");
        body.put("sxbm", "GA003");
        body.put("ck", window);
        body.put("rq", DAY.toString());
        body.put("sd", slot);
        body.put("zt", status);
        body.put("sj", Instant.now().toString());
        return body;
    }
}
