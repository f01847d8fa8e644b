package org.virtualhall.approval.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.virtualhall.approval.security.ConsoleUser;

/** 修改密码: every user's own, and the page the first login leads to. */
@Controller
class PasswordController {

    private static final String PAGE = "/account/password";
    private static final String VIEW = "account/password";

    private final Passwords passwords;
    private final PasswordPolicy policy;
    private final SignedIn signedIn;

    PasswordController(Passwords passwords, PasswordPolicy policy, SignedIn signedIn) {
        this.passwords = passwords;
        this.policy = policy;
        this.signedIn = signedIn;
    }

    @ModelAttribute("rules")
    String rules() {
        return policy.rules();
    }

    @GetMapping(PAGE)
    String form(Model model) {
        model.addAttribute("form", PasswordForm.blank());
        return VIEW;
    }

    @PostMapping(PAGE)
    String change(@ModelAttribute("form") PasswordForm form, BindingResult result,
                  @AuthenticationPrincipal ConsoleUser me, HttpServletRequest request, HttpServletResponse response,
                  RedirectAttributes redirect) {
        Optional<Refusal> refused = passwords.change(me.getUsername(), form);
        if (refused.isPresent()) {
            result.rejectValue(refused.get().field(), "password", refused.get().message());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return VIEW;
        }
        signedIn.refresh(me.getUsername(), request, response);
        redirect.addFlashAttribute("done", "密码已修改");
        return "redirect:" + me.role().startPage();
    }
}
