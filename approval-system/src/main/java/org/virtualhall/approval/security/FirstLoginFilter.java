package org.virtualhall.approval.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the signed-in user's password is one they did not choose, every console page but the change of
 * password (and logging out) redirects there. Only in the console's filter chain: the gateway's API never
 * sees it.
 */
class FirstLoginFilter extends OncePerRequestFilter {

    static final String CHANGE_PAGE = "/account/password";

    private static final List<String> OPEN = List.of(CHANGE_PAGE, "/logout", "/login", "/error");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who != null && who.getPrincipal() instanceof ConsoleUser user && user.mustChange() && !open(request)) {
            response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean open(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return OPEN.contains(path) || path.startsWith("/css/");
    }
}
