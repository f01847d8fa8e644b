package org.virtualhall.approval.consultation;

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
 * 咨询 in 电子监察 ({@code /supervision/consultations}): questions with their deadlines, overdue ones marked; the
 * department head answers their department's, and the answer goes back to the citizen.
 */
@Controller
class ConsultationConsoleController {

    private static final int MAX_ANSWER = 2000;
    private static final int LIMIT = 500;

    private final QuestionRepository questions;
    private final Clock clock;

    ConsultationConsoleController(QuestionRepository questions, Clock clock) {
        this.questions = questions;
        this.clock = clock;
    }

    @GetMapping("/supervision/consultations")
    String list(@AuthenticationPrincipal ConsoleUser me, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("questions", questions.list(me.role() == Role.HEAD ? me.department() : null, LIMIT));
        model.addAttribute("today", today);
        model.addAttribute("overdue", questions.overdue(today));
        model.addAttribute("canAnswer", me.role() == Role.HEAD);
        return "supervision/consultations";
    }

    @PostMapping("/supervision/consultations/{id}/answer")
    String answer(@PathVariable String id, @RequestParam(defaultValue = "") String answer, @AuthenticationPrincipal ConsoleUser me,
                  RedirectAttributes redirect) {
        Question q = questions.find(id).filter(x -> me.role() == Role.HEAD && me.department().equals(x.department()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String text = answer.strip();
        if (text.isEmpty() || text.length() > MAX_ANSWER) {
            redirect.addFlashAttribute("problem", "答复须为 1 至 " + MAX_ANSWER + " 字");
        } else if (questions.answer(q.id(), text, me.getUsername(), clock.instant())) {
            redirect.addFlashAttribute("done", "已答复");
        } else {
            redirect.addFlashAttribute("problem", "该咨询已答复过");
        }
        return "redirect:/supervision/consultations";
    }
}
