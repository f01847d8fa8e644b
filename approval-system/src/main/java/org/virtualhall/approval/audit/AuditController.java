package org.virtualhall.approval.audit;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 操作审计: the audit trail for the administrator, a page at a time, by action and by user. */
@Controller
class AuditController {

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(required = false) String action, @RequestParam(required = false) String user,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        AuditAction chosen = List.of(AuditAction.values()).stream().filter(a -> a.name().equals(action)).findFirst()
                .orElse(null);
        AuditQuery query = new AuditQuery(chosen, user, page);
        model.addAttribute("query", query);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("result", log.page(query));
        return "admin/audit";
    }
}
