package org.virtualhall.gateway.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.virtualhall.gateway.outer.appointment.AppointmentBook;
import org.virtualhall.gateway.support.AcrossTheGap;
import org.virtualhall.gateway.support.Applicants;
import org.virtualhall.gateway.support.GatewayCluster;
import org.virtualhall.gateway.support.HallClient;
import org.virtualhall.gateway.support.TestHall;
import org.virtualhall.model.appointment.AppointmentPlan;
import org.virtualhall.model.calendar.WorkingDayCalendar;
import org.virtualhall.model.json.HallJson;

/**
 * 预约 through the outer hall API, with outer, ferry and inner running and the approval system played by the double:
 * every bad field named, only one's own booking cancelled, a full slot refused, and what is booked or cancelled
 * reaches the window's side across the gap.
 */
class AppointmentsAcrossTheGapTests extends AcrossTheGap {

    private static final String WINDOW = "D02";
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.fromClasspath();

    @Test
    void aBookingTakesAPlaceCrossesTheGapAndIsCancelledByItsOwnerOnly() throws Exception {
        String token = citizen.token(Applicants.applicant(7201));
        String stranger = citizen.token(Applicants.applicant(7202));
        String day = nextWorkingDay().toString();

        int leftBefore = left(token, day, "10:00");
        HallClient.Response booked = book(token, body(TestHall.ITEM, WINDOW, day, "10:00"));

        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        String id = booked.json().get("id").asText();
        assertThat(booked.json().get("number").asText()).startsWith(WINDOW + "-1000-");
        assertThat(left(token, day, "10:00")).isEqualTo(leftBefore - 1);
        assertThat(citizen.get("/api/appointments", token).json().path("items").findValuesAsText("id")).contains(id);
        assertThat(citizen.get("/api/appointments", stranger).json().path("items").findValuesAsText("id")).doesNotContain(id);
        JsonNode crossed = await().atMost(Duration.ofSeconds(60)).until(() -> cluster.approval().appointments().get(id + " BOOKED"),
                n -> n != null);
        assertThat(crossed.path("ck").asText()).isEqualTo(WINDOW);
        assertThat(crossed.path("rq").asText()).isEqualTo(day);
        assertThat(crossed.path("sd").asText()).isEqualTo("10:00");

        HallClient.Response foreign = delete(stranger, id);
        HallClient.Response unknown = delete(stranger, "YYNOSUCHBOOKING0");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.json().path("field").asText()).isEqualTo("id");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(delete(token, id).status()).isEqualTo(204);
        assertThat(delete(token, id).status()).as("twice").isEqualTo(409);
        assertThat(left(token, day, "10:00")).isEqualTo(leftBefore);
        await().atMost(Duration.ofSeconds(60)).until(() -> cluster.approval().appointments().containsKey(id + " CANCELLED"));
    }

    @Test
    void aFullSlotIsRefusedWith409() throws Exception {
        String day = nextWorkingDay().toString();
        cluster.outer().getBean(AppointmentBook.class).setCapacity(WINDOW, 1, LocalDate.parse(day), Instant.now());
        String first = citizen.token(Applicants.applicant(7203));
        String second = citizen.token(Applicants.applicant(7204));
        assertThat(book(first, body(TestHall.ITEM, WINDOW, day, "14:00")).status()).isEqualTo(201);

        HallClient.Response full = book(second, body(TestHall.ITEM, WINDOW, day, "14:00"));

        assertThat(full.status()).as(full.body()).isEqualTo(409);
        assertThat(full.json().path("error").asText()).isEqualTo("slot_full");
        assertThat(full.json().path("field").asText()).isEqualTo("slot");
        assertThat(left(second, day, "14:00")).isZero();
    }

    @Test
    void aCitizenHoldsAtMostTheOpenBookingsThePlanAllowsAndOnePerItemAndDay() throws Exception {
        String token = citizen.token(Applicants.applicant(7206));
        LocalDate day = nextWorkingDay();
        String first = book(token, body(TestHall.ITEM, WINDOW, day.toString(), "15:00")).json().path("id").asText();

        HallClient.Response sameDay = book(token, body(TestHall.ITEM, WINDOW, day.toString(), "15:30"));
        assertThat(sameDay.status()).as(sameDay.body()).isEqualTo(409);
        assertThat(sameDay.json().path("error").asText()).isEqualTo("booking_limit");
        assertThat(sameDay.json().path("field").asText()).isEqualTo("itemCode");
        assertThat(sameDay.json().path("reason").asText()).contains("同一事项同一天只能预约一次");

        int limit = AppointmentPlan.fromClasspath().openPerCitizen();
        for (int i = 1; i < limit; i++) {
            day = nextWorkingDayAfter(day);
            assertThat(book(token, body(TestHall.ITEM, WINDOW, day.toString(), "15:00")).status()).isEqualTo(201);
        }
        day = nextWorkingDayAfter(day);
        HallClient.Response tooMany = book(token, body(TestHall.ITEM, WINDOW, day.toString(), "15:00"));
        assertThat(tooMany.status()).as(tooMany.body()).isEqualTo(409);
        assertThat(tooMany.json().path("error").asText()).isEqualTo("booking_limit");
        assertThat(tooMany.json().path("reason").asText()).contains("最多同时持有" + limit + "个未到期的预约");

        assertThat(delete(token, first).status()).isEqualTo(204);
        assertThat(book(token, body(TestHall.ITEM, WINDOW, day.toString(), "15:00")).status()).as("a cancelled one does not count")
                .isEqualTo(201);
    }

    @Test
    void everyBadFieldIsNamed() throws Exception {
        String token = citizen.token(Applicants.applicant(7205));
        String day = nextWorkingDay().toString();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate dayOff = today.plusDays(1);
        while (CALENDAR.isWorkingDay(dayOff)) {
            dayOff = dayOff.plusDays(1);
        }
        Map<String, Map<String, Object>> bad = new LinkedHashMap<>();
        bad.put("itemCode missing_field", body("", WINDOW, day, "09:00"));
        bad.put("itemCode unknown_item", body("ZW999", WINDOW, day, "09:00"));
        bad.put("window unknown_window", body(TestHall.ITEM, "Z99", day, "09:00"));
        bad.put("window invalid_value", body(TestHall.ITEM, "A01", day, "09:00"));
        bad.put("date invalid_value", body(TestHall.ITEM, WINDOW, "明天", "09:00"));
        bad.put("date not_working_day", body(TestHall.ITEM, WINDOW, dayOff.toString(), "09:00"));
        bad.put("date in_the_past", body(TestHall.ITEM, WINDOW, today.minusDays(1).toString(), "09:00"));
        bad.put("date too_far_ahead", body(TestHall.ITEM, WINDOW, today.plusDays(60).toString(), "09:00"));
        bad.put("slot invalid_value", body(TestHall.ITEM, WINDOW, day, "12:00"));
        bad.put("slot missing_field", body(TestHall.ITEM, WINDOW, day, ""));
        for (Map.Entry<String, Map<String, Object>> b : bad.entrySet()) {
            HallClient.Response r = book(token, b.getValue());
            String[] expected = b.getKey().split(" ");
            assertThat(r.status()).as(b.getKey() + ": " + r.body()).isEqualTo(400);
            assertThat(r.json().path("field").asText()).as(b.getKey()).isEqualTo(expected[0]);
            assertThat(r.json().path("error").asText()).as(b.getKey()).isEqualTo(expected[1]);
            assertThat(r.json().path("reason").asText()).as(b.getKey()).isNotBlank();
        }
        HallClient.Response unknownField = book(token, with(body(TestHall.ITEM, WINDOW, day, "09:00"), "seats", 2));
        assertThat(unknownField.json().path("field").asText()).isEqualTo("seats");
        assertThat(book(null, body(TestHall.ITEM, WINDOW, day, "09:00")).status()).isEqualTo(401);
        assertThat(citizen.get("/api/appointments/slots?window=Z99&date=" + day, token).json().path("field").asText())
                .isEqualTo("window");
        assertThat(citizen.get("/api/appointments/slots?window=" + WINDOW + "&date=" + dayOff, token).json().path("slots"))
                .as("no slots on a day off").isEmpty();
        assertThat(citizen.get("/api/appointments", token).json().path("items")).as("nothing refused was booked").isEmpty();
    }

    private static LocalDate nextWorkingDay() {
        return nextWorkingDayAfter(LocalDate.now(ZoneId.of("Asia/Shanghai")));
    }

    private static LocalDate nextWorkingDayAfter(LocalDate day) {
        LocalDate d = day.plusDays(1);
        while (!CALENDAR.isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static int left(String token, String day, String slot) throws Exception {
        JsonNode slots = citizen.get("/api/appointments/slots?window=" + WINDOW + "&date=" + day, token).json().path("slots");
        for (JsonNode s : slots) {
            if (s.path("slot").asText().equals(slot)) {
                return s.path("left").asInt();
            }
        }
        throw new AssertionError("no slot " + slot + " in " + slots);
    }

    private static HallClient.Response book(String token, Object body) throws Exception {
        return citizen.post("/api/appointments", HallJson.wire().writeValueAsBytes(body), token);
    }

    private static HallClient.Response delete(String token, String id) throws Exception {
        return citizen.send(HttpRequest.newBuilder(URI.create(GatewayCluster.baseUrl(cluster.outer()) + "/api/appointments/" + id))
                .header("Authorization", "Bearer " + token).DELETE().build());
    }

    private static Map<String, Object> body(String item, String window, String date, String slot) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("itemCode", item);
        b.put("window", window);
        b.put("date", date);
        b.put("slot", slot);
        return b;
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(key, value);
        return copy;
    }
}
