package org.virtualhall.approval.queue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.virtualhall.approval.security.ConsoleUser;
import org.virtualhall.approval.security.Role;

/**
 * 叫号 in the console ({@code /queue?window=}): the window's tickets of today, waiting and called, and the button that
 * calls the next one; the call goes outward at once. Window staff work their own window.
 */
@Controller
class QueueConsoleController {

    private final TicketRepository tickets;
    private final CallsPublisher publisher;
    private final Clock clock;

    QueueConsoleController(TicketRepository tickets, CallsPublisher publisher, Clock clock) {
        this.tickets = tickets;
        this.publisher = publisher;
        this.clock = clock;
    }

    @GetMapping("/queue")
    String queue(@RequestParam(required = false) String window, @AuthenticationPrincipal ConsoleUser me, Model model) {
        String w = window(window, me);
        List<Ticket> today = w == null ? List.of() : tickets.day(w, LocalDate.now(clock));
        model.addAttribute("window", w);
        model.addAttribute("tickets", today);
        model.addAttribute("waiting", today.stream().filter(t -> t.calledAt() == null).count());
        return "queue/window";
    }

    @PostMapping("/queue/call")
    String call(@RequestParam(required = false) String window, @AuthenticationPrincipal ConsoleUser me,
                RedirectAttributes redirect) {
        String w = window(window, me);
        if (w == null) {
            redirect.addFlashAttribute("problem", "请先选择窗口");
            return "redirect:/queue";
        }
        tickets.callNext(w, LocalDate.now(clock), me.getUsername(), clock.instant()).ifPresentOrElse(t -> {
            publisher.publish();
            redirect.addFlashAttribute("done", "请 " + t.number() + " 号到 " + w + " 窗口办理");
        }, () -> redirect.addFlashAttribute("problem", "没有等候的号"));
        return "redirect:/queue?window=" + w;
    }

    private static String window(String asked, ConsoleUser me) {
        if (me.role() == Role.STAFF) {
            return me.windowNo();
        }
        return asked == null || asked.isBlank() ? null : asked;
    }
}
