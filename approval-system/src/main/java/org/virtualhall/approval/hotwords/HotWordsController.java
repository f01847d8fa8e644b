package org.virtualhall.approval.hotwords;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.virtualhall.approval.admin.CatalogEditor;
import org.virtualhall.approval.catalog.Catalog;
import org.virtualhall.approval.system.ApprovalProperties;
import org.virtualhall.model.catalog.Item;

/**
 * 热词管理 (administrators): what citizens searched for in the last days and did not find, most searched first, each
 * with a form that adds the query as a 俗称 of an item. A minimum count (最少检索次数) leaves out the one-off typos that
 * make most of the list on a busy day. The alias goes through the catalog editor (the hall's alias
 * rules, the audit trail) and reaches citizens with the next 发布.
 */
@Controller
class HotWordsController {

    static final String PATH = "/admin/search-terms";
    private static final int DEFAULT_DAYS = 30;
    private static final int MAX_DAYS = 366;
    private static final int MAX_ROWS = 200;
    /** Only to refuse nonsense: far beyond what one query gets in a year. */
    private static final int MAX_MIN_SEARCHES = 1_000_000;

    private final SearchTerms terms;
    private final Catalog catalog;
    private final CatalogEditor editor;
    private final Clock clock;
    private final ApprovalProperties properties;

    HotWordsController(SearchTerms terms, Catalog catalog, CatalogEditor editor, Clock clock, ApprovalProperties properties) {
        this.terms = terms;
        this.catalog = catalog;
        this.editor = editor;
        this.clock = clock;
        this.properties = properties;
    }

    @GetMapping(PATH)
    String list(@RequestParam(required = false) String days, @RequestParam(required = false) String min, Model model,
                HttpServletResponse response) {
        List<String> problems = new ArrayList<>();
        int span = bounded(days, DEFAULT_DAYS, MAX_DAYS, "天数", problems);
        int minSearches = bounded(min, 1, MAX_MIN_SEARCHES, "最少检索次数", problems);
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", String.join("；", problems));
        }
        LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
        model.addAttribute("days", span);
        model.addAttribute("min", minSearches);
        model.addAttribute("terms", terms.unserved(today.minusDays(span - 1L), minSearches, MAX_ROWS));
        model.addAttribute("items", catalog.store().items());
        return "admin/search-terms";
    }

    /** A whole number from 1 to {@code max}; blank gives {@code fallback}, anything else too, with a problem that names it. */
    private static int bounded(String raw, int fallback, int max, String label, List<String> problems) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        String digits = raw.strip();
        int value = digits.matches("\\d{1,9}") ? Integer.parseInt(digits) : 0;
        if (value >= 1 && value <= max) {
            return value;
        }
        problems.add(label + "应为 1 到 " + max + " 之间的整数（收到 “" + raw + "”）");
        return fallback;
    }

    @PostMapping(PATH + "/alias")
    String addAlias(@RequestParam String query, @RequestParam String item, @RequestParam(defaultValue = "30") int days,
                    @RequestParam(defaultValue = "1") int min, RedirectAttributes redirect) {
        String alias = query.strip();
        String redirectTo = "redirect:" + PATH + "?days=" + days + "&min=" + min;
        if (alias.isEmpty()) {
            redirect.addFlashAttribute("problem", "检索词为空，不能作为俗称");
            return redirectTo;
        }
        List<Item> found = items(item.strip());
        if (found.size() != 1) {
            redirect.addFlashAttribute("problem", found.isEmpty() ? "没有找到事项：" + item.strip()
                    : "有多个事项与“" + item.strip() + "”相符（" + String.join("、", found.stream().limit(5)
                    .map(i -> i.code() + " " + i.name()).toList()) + "），请填写事项编码");
            return redirectTo;
        }
        Item target = found.get(0);
        List<String> problems = editor.addAlias(target, alias);
        if (problems.isEmpty()) {
            redirect.addFlashAttribute("done", "已添加俗称「" + alias + "」到 " + target.code() + " " + target.name()
                    + "；发布目录后检索生效");
        } else {
            redirect.addFlashAttribute("problem", "不能添加俗称「" + alias + "」：" + String.join("；", problems));
        }
        return redirectTo;
    }

    /** The item with this code; otherwise the one with this name, or the items whose name contains it. */
    private List<Item> items(String codeOrName) {
        if (codeOrName.isEmpty()) {
            return List.of();
        }
        Optional<Item> byCode = catalog.item(codeOrName.toUpperCase(Locale.ROOT));
        if (byCode.isPresent()) {
            return List.of(byCode.get());
        }
        List<Item> all = catalog.store().items();
        List<Item> named = all.stream().filter(i -> i.name().equals(codeOrName)).toList();
        return named.isEmpty() ? all.stream().filter(i -> i.name().contains(codeOrName)).toList() : named;
    }
}
