package org.virtualhall.approval.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 操作审计: the audit trail for the administrator, a page at a time, by action, user, target and days. A date
 * that cannot be read is named on the page (400) and that filter is left out.
 */
@Controller
class AuditController {

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(required = false) String action, @RequestParam(required = false) String user,
                 @RequestParam(required = false) String target, @RequestParam(required = false) String from,
                 @RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page,
                 Model model, HttpServletResponse response) {
        AuditAction chosen = Arrays.stream(AuditAction.values()).filter(a -> a.name().equals(action)).findFirst()
                .orElse(null);
        List<String> problems = new ArrayList<>();
        LocalDate first = day(from, "起始日期", problems);
        LocalDate last = day(to, "截止日期", problems);
        if (first != null && last != null && first.isAfter(last)) {
            problems.add("起始日期 " + first + " 晚于截止日期 " + last);
        }
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", String.join("；", problems));
        }
        AuditQuery query = new AuditQuery(chosen, user, target, first, last, page);
        model.addAttribute("query", query);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("result", log.page(query));
        return "admin/audit";
    }

    private static LocalDate day(String text, String field, List<String> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(field + "应为 年-月-日，如 2026-12-07（收到 “" + text + "”）");
            return null;
        }
    }
}
