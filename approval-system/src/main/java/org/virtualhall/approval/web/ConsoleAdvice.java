package org.virtualhall.approval.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.virtualhall.approval.security.ConsoleUser;

/** Puts the signed-in user on every console page (the header shows name, role and the menu for the role). */
@ControllerAdvice(annotations = Controller.class)
class ConsoleAdvice {

    @ModelAttribute("me")
    ConsoleUser me(@AuthenticationPrincipal ConsoleUser user) {
        return user;
    }
}
