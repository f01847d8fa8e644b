package org.virtualhall.approval.admin;

import java.util.List;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.virtualhall.approval.catalog.CatalogRepository;

/** What every catalog form does after its own checks: save through the editor, or show why not. */
final class CatalogPage {

    private CatalogPage() {
    }

    /**
     * @return the redirect to the list when saved, otherwise {@code formView} with the problems on the form
     */
    static String saved(List<String> problems, BindingResult result, String formView, String listPath,
                        String what, RedirectAttributes redirect) {
        if (!problems.isEmpty()) {
            problems.forEach(p -> result.reject("catalog", "目录检查未通过：" + p));
            return formView;
        }
        redirect.addFlashAttribute("done", "已保存：" + what);
        return "redirect:" + listPath;
    }

    static String deleted(List<String> problems, String listPath, String what, RedirectAttributes redirect) {
        if (problems.isEmpty()) {
            redirect.addFlashAttribute("done", "已删除：" + what);
        } else {
            redirect.addFlashAttribute("problem", "不能删除 " + what + "：" + String.join("；", problems));
        }
        return "redirect:" + listPath;
    }

    static void options(Model model, CatalogRepository store) {
        model.addAttribute("departments", store.departments());
        model.addAttribute("windows", store.windows());
    }
}
