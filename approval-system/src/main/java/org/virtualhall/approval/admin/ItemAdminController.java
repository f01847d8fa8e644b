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
import org.virtualhall.model.catalog.Item;

/** 事项管理: every published field, the materials and the application form. */
@Controller
class ItemAdminController {

    private static final String LIST = "/admin/items";
    private static final String FORM = "admin/item-form";

    private final Catalog catalog;
    private final CatalogEditor editor;

    ItemAdminController(Catalog catalog, CatalogEditor editor) {
        this.catalog = catalog;
        this.editor = editor;
    }

    @GetMapping(LIST)
    String list(Model model) {
        model.addAttribute("items", catalog.store().items());
        return "admin/items";
    }

    @GetMapping(LIST + "/new")
    String create(Model model) {
        model.addAttribute("form", ItemForm.blank());
        return form(model);
    }

    @GetMapping(LIST + "/{code}")
    String edit(@PathVariable String code, Model model) {
        model.addAttribute("form", catalog.item(code).map(ItemForm::of).orElseGet(ItemForm::blank));
        return form(model);
    }

    @PostMapping(LIST)
    String save(@Valid @ModelAttribute("form") ItemForm form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model);
        }
        Item item;
        try {
            // The FAQ is kept as published; the form does not edit it.
            item = form.toItem(catalog.item(form.code()).map(Item::faq).orElse(List.of()));
        } catch (ItemLines.LineException e) {
            result.rejectValue(e.field(), "line", e.getMessage());
            return form(model);
        }
        String view = CatalogPage.saved(editor.save(item), result, FORM, LIST, form.name(), redirect);
        return FORM.equals(view) ? form(model) : view;
    }

    @PostMapping(LIST + "/{code}/delete")
    String delete(@PathVariable String code, RedirectAttributes redirect) {
        return CatalogPage.deleted(editor.delete(CatalogTable.ITEMS, code), LIST, code, redirect);
    }

    private String form(Model model) {
        CatalogPage.options(model, catalog.store());
        return FORM;
    }
}
