package org.virtualhall.approval.evaluation;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.virtualhall.approval.admin.Csv;

/**
 * 电子监察 → 好差评 ({@code /supervision/satisfaction?period=day|month|quarter&at=}): satisfaction per window, member of
 * staff and department over the period, the bad reviews with how long their 整改 took, and the same as CSV
 * ({@code /supervision/satisfaction.csv}).
 */
@Controller
class SatisfactionController {

    private final ReviewRepository reviews;
    private final Clock clock;

    SatisfactionController(ReviewRepository reviews, Clock clock) {
        this.reviews = reviews;
        this.clock = clock;
    }

    @GetMapping("/supervision/satisfaction")
    String page(@RequestParam(required = false) String period, @RequestParam(required = false) String at, Model model) {
        ReviewPeriod p = period(period, at);
        List<Satisfaction> rows = new ArrayList<>();
        for (SatisfactionDimension d : SatisfactionDimension.values()) {
            rows.addAll(reviews.satisfaction(d, p.from(), p.to()));
        }
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("period", p);
        model.addAttribute("rows", rows);
        model.addAttribute("bad", reviews.bad(p.from(), p.to()));
        model.addAttribute("today", today);
        model.addAttribute("overdue", reviews.overdue(today));
        return "supervision/satisfaction";
    }

    @GetMapping("/supervision/satisfaction.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String period, @RequestParam(required = false) String at) {
        ReviewPeriod p = period(period, at);
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of("期间", "类别", "对象", "评价数", "平均分", "满意率%", "好评", "差评", "已回访差评"));
        for (SatisfactionDimension d : SatisfactionDimension.values()) {
            for (Satisfaction s : reviews.satisfaction(d, p.from(), p.to())) {
                lines.add(List.of(p.name(), d.label(), s.subject(), String.valueOf(s.reviews()), decimal(s.average()),
                        decimal(s.goodRate()), String.valueOf(s.good()), String.valueOf(s.bad()), String.valueOf(s.replied())));
            }
        }
        lines.add(List.of());
        lines.add(List.of("差评", "申报号", "部门", "窗口", "工作人员", "等级", "原因", "整改期限", "回访时间", "整改用时（小时）"));
        for (Review r : reviews.bad(p.from(), p.to())) {
            lines.add(List.of(r.id(), r.receipt(), r.department(), r.windowNo(), r.staff() == null ? "" : r.staff(),
                    String.valueOf(r.grade()), String.join("、", r.reasons()), String.valueOf(r.rectifyBy()),
                    r.repliedAt() == null ? "" : r.repliedAt().toString(),
                    r.handlingHours() == null ? "" : decimal(r.handlingHours())));
        }
        // a byte order mark, so that Excel opens the Chinese as UTF-8
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"satisfaction-" + p.name() + ".csv\"")
                .body("\uFEFF" + Csv.write(lines));
    }

    private ReviewPeriod period(String period, String at) {
        try {
            return ReviewPeriod.of(period, at, LocalDate.now(clock));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "period".equals(e.getMessage())
                    ? "period 须为 day、month 或 quarter" : "at 与 period 不符（如 2026-12-07、2026-12、2026-Q4）");
        }
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
