package org.virtualhall.approval.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * What a login does to the account: success clears the failures, a wrong password counts one. The login
 * page then says whether the account is locked and until when; an unknown username reads like a wrong
 * password, so the page does not tell which usernames exist.
 */
@Component
public class LoginOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    /** Session attribute: until when the account tried last is locked. */
    public static final String LOCKED_UNTIL = "approval.lockedUntil";

    private final LoginAttempts attempts;

    LoginOutcomes(LoginAttempts attempts) {
        this.attempts = attempts;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        attempts.succeeded(authentication.getName());
        boolean mustChange = authentication.getPrincipal() instanceof ConsoleUser u && u.mustChange();
        response.sendRedirect(request.getContextPath() + (mustChange ? FirstLoginFilter.CHANGE_PAGE : "/"));
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String username = String.valueOf(request.getParameter("username")).strip();
        Optional<Instant> locked = exception instanceof LockedException
                ? attempts.lockedUntil(username) : attempts.failed(username);
        if (locked.isPresent()) {
            request.getSession().setAttribute(LOCKED_UNTIL, locked.get());
            response.sendRedirect(request.getContextPath() + "/login?locked");
        } else {
            response.sendRedirect(request.getContextPath() + "/login?error");
        }
    }
}
