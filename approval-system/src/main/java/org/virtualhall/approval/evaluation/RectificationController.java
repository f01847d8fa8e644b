package org.virtualhall.approval.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.virtualhall.approval.security.ConsoleUser;
import org.virtualhall.approval.security.Role;

/**
 * 差评整改 ({@code /supervision/rectifications}): every bad review is a task with a deadline in working days. A
 * department head sees and answers their department's (the 回访 goes back to the citizen); the supervisor and the
 * administrator see all, overdue ones marked 超期.
 */
@Controller
class RectificationController {

    static final int MAX_REPLY = 1000;
    private static final int LIMIT = 500;

    private final ReviewRepository reviews;
    private final ReviewRecorder recorder;
    private final Clock clock;

    RectificationController(ReviewRepository reviews, ReviewRecorder recorder, Clock clock) {
        this.reviews = reviews;
        this.recorder = recorder;
        this.clock = clock;
    }

    @GetMapping("/supervision/rectifications")
    String list(@AuthenticationPrincipal ConsoleUser me, Model model) {
        model.addAttribute("tasks", reviews.rectifications(me.role() == Role.HEAD ? me.department() : null, LIMIT));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("canReply", me.role() == Role.HEAD);
        return "supervision/rectifications";
    }

    @PostMapping("/supervision/rectifications/{id}/reply")
    String reply(@PathVariable String id, @RequestParam(defaultValue = "") String reply, @AuthenticationPrincipal ConsoleUser me,
                 RedirectAttributes redirect) {
        Review review = reviews.find(id).filter(r -> r.bad() && me.role() == Role.HEAD && me.department().equals(r.department()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String text = reply.strip();
        if (text.isEmpty() || text.length() > MAX_REPLY) {
            redirect.addFlashAttribute("problem", "回访内容须为 1 至 " + MAX_REPLY + " 字");
        } else if (recorder.reply(review, text, me.getUsername())) {
            redirect.addFlashAttribute("done", "已回访：" + review.receipt());
        } else {
            redirect.addFlashAttribute("problem", "该差评已回访过");
        }
        return "redirect:/supervision/rectifications";
    }
}
