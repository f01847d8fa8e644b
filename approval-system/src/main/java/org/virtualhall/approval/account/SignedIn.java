package org.virtualhall.approval.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.virtualhall.approval.security.ConsoleUser;
import org.virtualhall.approval.security.UserRepository;

/** Replaces the session's user by the account as stored now (after a change of password opens the console). */
@Component
class SignedIn {

    private final UserRepository users;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    SignedIn(UserRepository users) {
        this.users = users;
    }

    void refresh(String username, HttpServletRequest request, HttpServletResponse response) {
        ConsoleUser fresh = users.loadUserByUsername(username);
        fresh.eraseCredentials();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
    }
}
