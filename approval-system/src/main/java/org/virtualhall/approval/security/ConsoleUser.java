package org.virtualhall.approval.security;

import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in console user: the badge or account name, the role, and where they work. */
public class ConsoleUser extends User {

    private final String display;
    private final Role role;
    private final String department;
    private final String windowNo;

    public ConsoleUser(String username, String password, String display, Role role, String department, String windowNo) {
        super(username, password, List.<GrantedAuthority>of(new SimpleGrantedAuthority(role.authority())));
        this.display = display;
        this.role = role;
        this.department = department;
        this.windowNo = windowNo;
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
}
