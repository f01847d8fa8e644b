package org.virtualhall.approval.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.virtualhall.approval.consultation.QuestionRepository;
import org.virtualhall.approval.evaluation.ReviewRepository;

/**
 * The 电子监察 dashboard page: warning lights, charts per department and the lists to look into, with the 整改 of bad
 * reviews and the 咨询 overdue, each linking to its list.
 */
@Controller
class SupervisionPageController {

    private final Supervision supervision;
    private final ReviewRepository reviews;
    private final QuestionRepository questions;
    private final Clock clock;

    SupervisionPageController(Supervision supervision, ReviewRepository reviews, QuestionRepository questions, Clock clock) {
        this.supervision = supervision;
        this.reviews = reviews;
        this.questions = questions;
        this.clock = clock;
    }

    @GetMapping("/supervision")
    String dashboard(Model model) {
        Overview o = supervision.overview(LocalDate.now(clock));
        model.addAttribute("o", o);
        model.addAttribute("rectificationsOverdue", reviews.overdue(o.day()));
        model.addAttribute("consultationsOverdue", questions.overdue(o.day()));
        model.addAttribute("charts", List.of(
                BarChart.of("按时办结率（部门）", o.departments(), Figure::onTimeRate, 100, "%"),
                BarChart.of("平均办理时长（部门，小时）", o.departments(), Figure::averageHours,
                        Math.max(1, o.departments().stream().map(Figure::averageHours)
                                .filter(h -> h != null).mapToDouble(Double::doubleValue).max().orElse(1)), "h"),
                BarChart.of("满意度（部门，满分5）", o.departments(), Figure::satisfaction, 5, "")));
        return "supervision/dashboard";
    }
}
