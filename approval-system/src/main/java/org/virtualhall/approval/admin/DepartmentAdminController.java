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

/** 部门管理. */
@Controller
class DepartmentAdminController {

    private static final String LIST = "/admin/departments";
    private static final String FORM = "admin/department-form";

    private final Catalog catalog;
    private final CatalogEditor editor;

    DepartmentAdminController(Catalog catalog, CatalogEditor editor) {
        this.catalog = catalog;
        this.editor = editor;
    }

    @GetMapping(LIST)
    String list(Model model) {
        model.addAttribute("departments", catalog.store().departments());
        return "admin/departments";
    }

    @GetMapping(LIST + "/new")
    String create(Model model) {
        model.addAttribute("form", DepartmentForm.blank());
        return FORM;
    }

    @GetMapping(LIST + "/{code}")
    String edit(@PathVariable String code, Model model) {
        model.addAttribute("form", catalog.store().departments().stream().filter(d -> d.code().equals(code))
                .findFirst().map(DepartmentForm::of).orElseGet(DepartmentForm::blank));
        return FORM;
    }

    @PostMapping(LIST)
    String save(@Valid @ModelAttribute("form") DepartmentForm form, BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return FORM;
        }
        return CatalogPage.saved(editor.save(form.toDepartment()), result, FORM, LIST, form.name(), redirect);
    }

    @PostMapping(LIST + "/{code}/delete")
    String delete(@PathVariable String code, RedirectAttributes redirect) {
        return CatalogPage.deleted(editor.delete(CatalogTable.DEPARTMENTS, code), LIST, code, redirect);
    }
}
