package org.virtualhall.approval.security;

import java.time.Instant;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A console user: the badge or account name, the role, and where they work; whether the password is still
 * one the user did not choose ({@code mustChange}), and until when the account is locked, if it is.
 */
public class ConsoleUser extends User {

    private final String display;
    private final Role role;
    private final String department;
    private final String windowNo;
    private final boolean mustChange;
    private final Instant lockedUntil;

    public ConsoleUser(String username, String password, String display, Role role, String department, String windowNo,
                       boolean mustChange, Instant lockedUntil, boolean locked) {
        super(username, password, true, true, true, !locked,
                List.<GrantedAuthority>of(new SimpleGrantedAuthority(role.authority())));
        this.display = display;
        this.role = role;
        this.department = department;
        this.windowNo = windowNo;
        this.mustChange = mustChange;
        this.lockedUntil = lockedUntil;
    }

    public String display() {
        return display;
    }

    public Role role() {
        return role;
    }

    public String department() {
        return department;
    }

    public String windowNo() {
        return windowNo;
    }

    /** The password is an initial or one-time one: every console page but the change of password is closed. */
    public boolean mustChange() {
        return mustChange;
    }

    /** Until when the last lockout lasts (it may be over), or null. */
    public Instant lockedUntil() {
        return lockedUntil;
    }
}
