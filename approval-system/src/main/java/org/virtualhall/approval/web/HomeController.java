package org.virtualhall.approval.web;

import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.virtualhall.approval.security.ConsoleUser;
import org.virtualhall.approval.security.LoginOutcomes;

/** The login page, and the start page of each role. */
@Controller
class HomeController {

    /** The login page; after a lockout it says until when (the time the failed login left in the session). */
    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        if (session.getAttribute(LoginOutcomes.LOCKED_UNTIL) instanceof Instant until) {
            model.addAttribute("lockedUntil", until);
        }
        return "login";
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal ConsoleUser user) {
        return "redirect:" + user.role().startPage();
    }
}
