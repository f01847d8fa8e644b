package org.virtualhall.approval.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.virtualhall.approval.catalog.Catalog;
import org.virtualhall.approval.security.ConsoleUser;
import org.virtualhall.approval.timelimit.TimeLimits;
import org.virtualhall.model.catalog.Item;

/** The window inbox, the case search and the item search of the console. */
@Controller
class CaseConsoleController {

    private static final int PAGE = 200;

    private final CaseRepository cases;
    private final Catalog catalog;
    private final TimeLimits limits;
    private final Clock clock;

    CaseConsoleController(CaseRepository cases, Catalog catalog, TimeLimits limits, Clock clock) {
        this.cases = cases;
        this.catalog = catalog;
        this.limits = limits;
        this.clock = clock;
    }

    @GetMapping("/cases")
    String inbox(@AuthenticationPrincipal ConsoleUser me, Model model) {
        List<CaseRecord> open = switch (me.role()) {
            case STAFF -> cases.open(CaseFilter.WINDOW, me.windowNo(), PAGE);
            case HEAD -> cases.open(CaseFilter.DEPARTMENT, me.department(), PAGE);
            default -> cases.open(CaseFilter.ALL, null, PAGE);
        };
        model.addAttribute("rows", rows(open));
        model.addAttribute("scope", switch (me.role()) {
            case STAFF -> me.windowNo() + " 窗口";
            case HEAD -> "本部门（含待会签联办件）";
            default -> "全厅";
        });
        return "cases/inbox";
    }

    @GetMapping("/search")
    String search(@RequestParam(defaultValue = "") String q, Model model) {
        String query = q.strip();
        model.addAttribute("q", query);
        if (!query.isEmpty()) {
            model.addAttribute("caseRows", rows(cases.search(query, PAGE)));
            model.addAttribute("items", catalog.store().searchItems(query, PAGE));
        }
        return "cases/search";
    }

    private List<CaseRow> rows(List<CaseRecord> list) {
        LocalDate today = LocalDate.now(clock);
        return list.stream().map(c -> new CaseRow(c, catalog.item(c.itemCode()).map(Item::name).orElse(c.itemCode()),
                limits.light(c, today))).toList();
    }
}
