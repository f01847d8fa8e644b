package org.virtualhall.approval.workflow;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.virtualhall.approval.cases.CaseNotFoundException;
import org.virtualhall.approval.cases.CaseRecord;
import org.virtualhall.approval.cases.CaseRepository;
import org.virtualhall.approval.security.ConsoleUser;

/** The case page and the steps taken from it. */
@Controller
class CaseActionController {

    private final CaseDetail detail;
    private final CaseWorkflow workflow;
    private final CaseRepository cases;
    private final ActionPermissions permissions;

    CaseActionController(CaseDetail detail, CaseWorkflow workflow, CaseRepository cases, ActionPermissions permissions) {
        this.detail = detail;
        this.workflow = workflow;
        this.cases = cases;
        this.permissions = permissions;
    }

    @GetMapping("/cases/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal ConsoleUser me, Model model) {
        return detail.show(id, me, model);
    }

    @PostMapping("/cases/{id}/actions")
    String act(@PathVariable long id, @ModelAttribute ActionForm form, @AuthenticationPrincipal ConsoleUser me,
               Model model, RedirectAttributes redirect, HttpServletResponse response) {
        CaseRecord c = cases.find(id).orElseThrow(() -> new CaseNotFoundException(String.valueOf(id)));
        if (form.action() != null && !permissions.allowed(me, c, form.action())) {
            throw new AccessDeniedException("无权对本件办理「" + form.action().step() + "」");
        }
        Map<String, String> errors = form.errors();
        if (!errors.isEmpty()) {
            return again(id, me, model, form, errors, null, response, HttpServletResponse.SC_BAD_REQUEST);
        }
        try {
            workflow.perform(id, form.command(me.getUsername(), me.department()));
        } catch (OptimisticLockingFailureException | TransitionRefusedException e) {
            return again(id, me, model, form, Map.of(), e.getMessage(), response, HttpServletResponse.SC_CONFLICT);
        }
        redirect.addFlashAttribute("done", "已办理：" + form.action().step());
        return "redirect:/cases/" + id;
    }

    private String again(long id, ConsoleUser me, Model model, ActionForm form, Map<String, String> errors,
                         String problem, HttpServletResponse response, int status) {
        response.setStatus(status);
        model.addAttribute("posted", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        return detail.show(id, me, model);
    }
}
