package org.virtualhall.approval.appointment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.virtualhall.approval.security.ConsoleUser;
import org.virtualhall.approval.security.Role;

/**
 * 预约 in the console ({@code /appointments?window=&day=}): each window's bookings for the day, 签到 when the citizen
 * comes, and the no-shows (爽约) counted once their half hour is over. Window staff see their own window.
 */
@Controller
class AppointmentConsoleController {

    private final BookingRepository bookings;
    private final Clock clock;

    AppointmentConsoleController(BookingRepository bookings, Clock clock) {
        this.bookings = bookings;
        this.clock = clock;
    }

    @GetMapping("/appointments")
    String day(@RequestParam(required = false) String window,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
               @AuthenticationPrincipal ConsoleUser me, Model model) {
        LocalDate today = LocalDate.now(clock);
        LocalDate shown = day == null ? today : day;
        String w = me.role() == Role.STAFF ? me.windowNo() : blankToNull(window);
        List<Booking> list = bookings.day(w, shown);
        LocalTime now = LocalTime.now(clock);
        model.addAttribute("day", shown);
        model.addAttribute("window", w);
        model.addAttribute("bookings", list);
        model.addAttribute("today", today);
        model.addAttribute("now", now);
        model.addAttribute("booked", list.stream().filter(b -> "BOOKED".equals(b.status())).count());
        model.addAttribute("checkedIn", list.stream().filter(b -> b.checkedInAt() != null).count());
        model.addAttribute("noShows", list.stream().filter(b -> b.noShow(today, now)).count());
        return "appointments/day";
    }

    @PostMapping("/appointments/{id}/check-in")
    String checkIn(@PathVariable String id, @AuthenticationPrincipal ConsoleUser me, RedirectAttributes redirect) {
        boolean done = bookings.checkIn(id, me.role() == Role.STAFF ? me.windowNo() : null, me.getUsername(), clock.instant());
        redirect.addFlashAttribute(done ? "done" : "problem", done ? "已签到" : "该预约不能签到（已取消、已签到或不属于本窗口）");
        return "redirect:/appointments";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
