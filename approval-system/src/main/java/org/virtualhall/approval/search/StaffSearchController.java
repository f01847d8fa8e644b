package org.virtualhall.approval.search;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.virtualhall.search.query.QueryText;
import org.virtualhall.search.query.SearchUnavailableException;

/**
 * 检索 ({@code /find}): one box over items, windows, staff and cases in the internal search node. When the node is
 * unreachable the page says so and the rest of the console is unaffected. An ID number typed in the box is echoed
 * masked.
 */
@Controller
class StaffSearchController {

    private static final int MAX_QUERY = 100;

    private final StaffSearch search;
    private final QueryText queryText = new QueryText(MAX_QUERY);

    StaffSearchController(StaffSearch search) {
        this.search = search;
    }

    @GetMapping("/find")
    String find(@RequestParam(required = false) String q, Model model) {
        if (q == null || q.isBlank()) {
            model.addAttribute("q", "");
            return "search/find";
        }
        String text = queryText.clean(q);
        model.addAttribute("q", IdMask.maskIn(text));
        try {
            model.addAttribute("result", search.search(text));
        } catch (SearchUnavailableException e) {
            model.addAttribute("unavailable", StaffSearch.UNAVAILABLE + "：检索节点无法连接，请稍后再试；按申报号查询办件请用“查询”页。");
        }
        return "search/find";
    }
}
