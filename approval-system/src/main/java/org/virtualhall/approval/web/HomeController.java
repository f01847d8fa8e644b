package org.virtualhall.approval.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.virtualhall.approval.security.ConsoleUser;

/** The login page, and the start page of each role. */
@Controller
class HomeController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal ConsoleUser user) {
        return switch (user.role()) {
            case STAFF, HEAD -> "redirect:/cases";
            case SUPERVISOR -> "redirect:/supervision";
            case ADMIN -> "redirect:/admin";
        };
    }
}
