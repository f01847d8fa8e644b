package org.virtualhall.gateway.outer.appointment;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.jms.JmsException;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.appointment.Appointment;
import org.virtualhall.gateway.gap.Queues;
import org.virtualhall.gateway.gap.send.QueueWriter;
import org.virtualhall.gateway.outer.hall.HallCatalog;
import org.virtualhall.gateway.web.Refusal;
import org.virtualhall.model.appointment.AppointmentPlan;
import org.virtualhall.model.calendar.WorkingDayCalendar;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.submission.Envelope;

/**
 * 预约 outside: checks a booking against the published hall, the plan and the holidays, takes the place in the
 * ledger ({@link AppointmentBook}), then sends it across the gap for the window's console. A booking that cannot be
 * sent gives its place back and answers 503.
 */
@Component
@Profile("outer")
class AppointmentDesk {

    private static final Logger LOG = LoggerFactory.getLogger(AppointmentDesk.class);

    private final AppointmentBook book;
    private final AppointmentPlan plan;
    private final WorkingDayCalendar calendar;
    private final HallCatalog catalog;
    private final QueueWriter queue;
    private final Queues queues;
    private final Clock clock;

    AppointmentDesk(AppointmentBook book, AppointmentPlan plan, WorkingDayCalendar appointmentCalendar, HallCatalog catalog,
                    QueueWriter queue, Queues queues, Clock clock) {
        this.book = book;
        this.plan = plan;
        this.calendar = appointmentCalendar;
        this.catalog = catalog;
        this.queue = queue;
        this.queues = queues;
        this.clock = clock;
    }

    /** The window's slots of a day; none on a day off. */
    List<AppointmentBook.Slot> slots(String window, String date) {
        checkWindow(window);
        LocalDate day = day(date);
        return calendar.isWorkingDay(day) ? book.slots(window, day) : List.of();
    }

    AppointmentBook.Booked book(String idNumber, AppointmentRequest r) {
        if (r.itemCode() == null || r.itemCode().isBlank()) {
            throw Refusal.badRequest("missing_field", "请选择要办理的事项", "itemCode");
        }
        Item item = catalog.item(r.itemCode()).orElseThrow(() -> Refusal.badRequest("unknown_item",
                "没有这个事项：" + r.itemCode(), "itemCode"));
        checkWindow(r.window());
        if (!item.windows().contains(r.window())) {
            throw Refusal.badRequest("invalid_value", r.window() + " 窗口不办理“" + item.name() + "”，可预约："
                    + String.join("、", item.windows()), "window");
        }
        LocalDate day = day(r.date());
        LocalDateTime now = LocalDateTime.now(clock.withZone(AppointmentBook.HALL_ZONE));
        if (day.isBefore(now.toLocalDate())) {
            throw Refusal.badRequest("in_the_past", "不能预约已经过去的日期", "date");
        }
        if (day.isAfter(now.toLocalDate().plusDays(plan.daysAhead()))) {
            throw Refusal.badRequest("too_far_ahead", "最多可预约 " + plan.daysAhead() + " 天内", "date");
        }
        if (!calendar.isWorkingDay(day)) {
            throw Refusal.badRequest("not_working_day", day + " 不是工作日，大厅不办公", "date");
        }
        LocalTime slot = slot(r.slot());
        if (!day.atTime(slot).isAfter(now)) {
            throw Refusal.badRequest("in_the_past", "该时段已经开始或已过，请选择之后的时段", "slot");
        }
        AppointmentBook.Booked booked = take(idNumber, item, r.window(), day, slot);
        try {
            send(booked);
        } catch (JmsException e) {
            book.cancel(booked.id(), idNumber);
            LOG.warn("could not queue the appointment {}: {}", booked.id(), e.getMessage());
            throw new Refusal(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "预约暂时无法提交，请稍后再试", null);
        }
        return booked;
    }

    private AppointmentBook.Booked take(String idNumber, Item item, String window, LocalDate day, LocalTime slot) {
        try {
            return book.book(idNumber, item.code(), window, day, slot, clock.instant())
                    .orElseThrow(() -> new Refusal(HttpStatus.CONFLICT, "slot_full", window + " 窗口 " + day + " " + slot
                            + " 的预约已满，请选择其他时段", "slot"));
        } catch (AppointmentBook.LimitReached limit) {
            throw limit.sameItemAndDay()
                    ? new Refusal(HttpStatus.CONFLICT, "booking_limit", "同一事项同一天只能预约一次，您已预约" + day + "办理“"
                            + item.name() + "”", "itemCode")
                    : new Refusal(HttpStatus.CONFLICT, "booking_limit", "每位市民最多同时持有" + limit.limit()
                            + "个未到期的预约，请先取消或办理已有预约后再预约", null);
        }
    }

    /** Cancels the citizen's own booking; someone else's answers like one that does not exist. */
    void cancel(String idNumber, String id) {
        AppointmentBook.Booked b = book.find(id).filter(x -> x.idNumber().equals(idNumber))
                .orElseThrow(() -> new Refusal(HttpStatus.NOT_FOUND, "not_found", "没有找到您的这个预约：" + id, "id"));
        if (!book.cancel(id, idNumber)) {
            throw new Refusal(HttpStatus.CONFLICT, "not_booked", "这个预约已经取消", "id");
        }
        send(new AppointmentBook.Booked(b.id(), b.number(), b.idNumber(), b.itemCode(), b.window(), b.day(), b.slot(),
                AppointmentBook.CANCELLED));
    }

    private void send(AppointmentBook.Booked b) {
        Appointment a = new Appointment(b.id(), b.number(), b.idNumber(), b.itemCode(), b.window(), b.day(), b.slot(),
                b.status(), clock.instant());
        try {
            String envelope = HallJson.wire().writeValueAsString(new Envelope(a.envelopeId(), Appointment.TYPE, null, a.at(),
                    HallJson.wire().writeValueAsString(a)));
            queue.send(queues.submissions(), List.of(new QueueWriter.Outgoing(envelope, Map.of())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void checkWindow(String window) {
        if (window == null || window.isBlank()) {
            throw Refusal.badRequest("missing_field", "请选择窗口", "window");
        }
        if (catalog.hall().window(window).isEmpty()) {
            throw Refusal.badRequest("unknown_window", "没有这个窗口：" + window, "window");
        }
    }

    private static LocalDate day(String date) {
        if (date == null || date.isBlank()) {
            throw Refusal.badRequest("missing_field", "请选择日期", "date");
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw Refusal.badRequest("invalid_value", "日期格式应为 yyyy-MM-dd", "date");
        }
    }

    private LocalTime slot(String slot) {
        if (slot == null || slot.isBlank()) {
            throw Refusal.badRequest("missing_field", "请选择时段", "slot");
        }
        try {
            LocalTime t = LocalTime.parse(slot);
            if (plan.hasSlot(t)) {
                return t;
            }
        } catch (DateTimeParseException e) {
            // named below with the slots there are
        }
        throw Refusal.badRequest("invalid_value", "没有这个时段，可选：" + String.join("、",
                plan.slots().stream().map(LocalTime::toString).toList()), "slot");
    }
}
