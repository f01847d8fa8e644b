package org.virtualhall.approval.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.virtualhall.approval.catalog.Catalog;

/** 大厅管理 start page and publishing. */
@Controller
class AdminController {

    private final Catalog catalog;
    private final Publisher publisher;

    AdminController(Catalog catalog, Publisher publisher) {
        this.catalog = catalog;
        this.publisher = publisher;
    }

    @GetMapping("/admin")
    String index(Model model) {
        model.addAttribute("departments", catalog.store().departments().size());
        model.addAttribute("windows", catalog.store().windows().size());
        model.addAttribute("staff", catalog.store().staff().size());
        model.addAttribute("items", catalog.store().items().size());
        return "admin/index";
    }

    @PostMapping("/admin/publish")
    String publish(RedirectAttributes redirect) {
        return outcome(publisher.publish(false), redirect);
    }

    /** 全部重发: publishes with every photo, for an outer side that is new or rebuilt. */
    @PostMapping("/admin/publish/all-photos")
    String publishAllPhotos(RedirectAttributes redirect) {
        return outcome(publisher.publish(true), redirect);
    }

    private static String outcome(Publisher.Result result, RedirectAttributes redirect) {
        redirect.addFlashAttribute(result.sent() ? "done" : "problem", result.message());
        return "redirect:/admin";
    }
}
