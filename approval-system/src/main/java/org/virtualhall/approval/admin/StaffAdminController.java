package org.virtualhall.approval.admin;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.virtualhall.approval.catalog.Catalog;
import org.virtualhall.approval.catalog.CatalogTable;
import org.virtualhall.approval.security.OneTimePassword;
import org.virtualhall.approval.security.StaffAccounts;
import org.virtualhall.model.catalog.Staff;

/** 人员管理: duty boards with A and B posts. */
@Controller
class StaffAdminController {

    private static final String LIST = "/admin/staff";
    private static final String FORM = "admin/staff-form";

    private final Catalog catalog;
    private final CatalogEditor editor;
    private final StaffAccounts accounts;

    StaffAdminController(Catalog catalog, CatalogEditor editor, StaffAccounts accounts) {
        this.catalog = catalog;
        this.editor = editor;
        this.accounts = accounts;
    }

    @GetMapping(LIST)
    String list(Model model) {
        model.addAttribute("staff", catalog.store().staff());
        return "admin/staff";
    }

    @GetMapping(LIST + "/new")
    String create(Model model) {
        model.addAttribute("form", StaffForm.blank());
        return form(model);
    }

    @GetMapping(LIST + "/{badge}")
    String edit(@PathVariable String badge, Model model) {
        model.addAttribute("form", catalog.store().staff().stream().filter(s -> s.badge().equals(badge))
                .findFirst().map(StaffForm::of).orElseGet(StaffForm::blank));
        return form(model);
    }

    @PostMapping(LIST)
    String save(@Valid @ModelAttribute("form") StaffForm form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model);
        }
        Staff staff = form.toStaff();
        String view = CatalogPage.saved(editor.save(staff), result, FORM, LIST, form.name(), redirect);
        if (FORM.equals(view)) {
            return form(model);
        }
        accounts.ensure(staff).ifPresent(password ->
                redirect.addFlashAttribute("oneTimes", List.of(new OneTimePassword(staff.badge(), password))));
        return view;
    }

    @PostMapping(LIST + "/{badge}/delete")
    String delete(@PathVariable String badge, RedirectAttributes redirect) {
        List<String> problems = editor.delete(CatalogTable.STAFF, badge);
        if (problems.isEmpty()) {
            accounts.remove(badge);
        }
        return CatalogPage.deleted(problems, LIST, badge, redirect);
    }

    private String form(Model model) {
        CatalogPage.options(model, catalog.store());
        return FORM;
    }
}
