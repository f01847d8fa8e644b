package org.virtualhall.approval.security;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Repository;

/** Console accounts; passwords are stored as BCrypt hashes only. */
@Repository
public class UserRepository implements UserDetailsService {

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ConsoleUser loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException(username));
    }

    public Optional<ConsoleUser> find(String username) {
        return jdbc.sql("SELECT * FROM users WHERE username = ?").param(username)
                .query((rs, n) -> new ConsoleUser(rs.getString("username"), rs.getString("password"),
                        rs.getString("display"), Role.valueOf(rs.getString("role")), rs.getString("department"),
                        rs.getString("window_no")))
                .optional();
    }

    public boolean isEmpty() {
        return jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single() == 0;
    }

    public void add(String username, String passwordHash, String display, Role role, String department, String windowNo) {
        jdbc.sql("INSERT INTO users (username, password, display, role, department, window_no) VALUES (?, ?, ?, ?, ?, ?)")
                .params(username, passwordHash, display, role.name(), department, windowNo).update();
    }
}
