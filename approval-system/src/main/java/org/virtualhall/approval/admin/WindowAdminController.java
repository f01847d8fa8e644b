package org.virtualhall.approval.admin;

import jakarta.validation.Valid;
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

/** 窗口管理, with the floor plan on which a window's counter is placed. */
@Controller
class WindowAdminController {

    private static final String LIST = "/admin/windows";
    private static final String FORM = "admin/window-form";

    private final Catalog catalog;
    private final CatalogEditor editor;

    WindowAdminController(Catalog catalog, CatalogEditor editor) {
        this.catalog = catalog;
        this.editor = editor;
    }

    @GetMapping(LIST)
    String list(Model model) {
        model.addAttribute("windows", catalog.store().windows());
        model.addAttribute("staff", catalog.store().staff());
        return "admin/windows";
    }

    @GetMapping(LIST + "/new")
    String create(Model model) {
        model.addAttribute("form", WindowForm.blank());
        return form(model);
    }

    @GetMapping(LIST + "/{number}")
    String edit(@PathVariable String number, Model model) {
        model.addAttribute("form", catalog.store().windows().stream().filter(w -> w.number().equals(number))
                .findFirst().map(WindowForm::of).orElseGet(WindowForm::blank));
        return form(model);
    }

    @PostMapping(LIST)
    String save(@Valid @ModelAttribute("form") WindowForm form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model);
        }
        String view = CatalogPage.saved(editor.save(form.toWindow()), result, FORM, LIST, form.number(), redirect);
        return FORM.equals(view) ? form(model) : view;
    }

    @PostMapping(LIST + "/{number}/delete")
    String delete(@PathVariable String number, RedirectAttributes redirect) {
        return CatalogPage.deleted(editor.delete(CatalogTable.WINDOWS, number), LIST, number, redirect);
    }

    private String form(Model model) {
        CatalogPage.options(model, catalog.store());
        model.addAttribute("plans", FloorPlan.of(catalog.layout(), catalog.store().windows()));
        return FORM;
    }
}
