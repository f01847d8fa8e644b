package org.virtualhall.approval.account;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.virtualhall.approval.security.OneTimePassword;
import org.virtualhall.approval.security.UserRepository;

/** 账户管理 for the administrator: every account, its lock and whether it must change its password; reset, unlock. */
@Controller
class AccountAdminController {

    private static final String LIST = "/admin/accounts";

    private final UserRepository users;
    private final Passwords passwords;

    AccountAdminController(UserRepository users, Passwords passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    @GetMapping(LIST)
    String list(Model model) {
        model.addAttribute("accounts", users.all());
        return "admin/accounts";
    }

    @PostMapping(LIST + "/{username}/reset")
    String reset(@PathVariable String username, RedirectAttributes redirect) {
        String password = passwords.reset(username).orElseThrow(() -> unknown(username));
        redirect.addFlashAttribute("done", "已重置 " + username + " 的密码");
        redirect.addFlashAttribute("oneTimes", List.of(new OneTimePassword(username, password)));
        return "redirect:" + LIST;
    }

    @PostMapping(LIST + "/{username}/unlock")
    String unlock(@PathVariable String username, RedirectAttributes redirect) {
        if (!passwords.unlock(username)) {
            throw unknown(username);
        }
        redirect.addFlashAttribute("done", "已解除 " + username + " 的锁定");
        return "redirect:" + LIST;
    }

    private static ResponseStatusException unknown(String username) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这个账户：" + username);
    }
}
