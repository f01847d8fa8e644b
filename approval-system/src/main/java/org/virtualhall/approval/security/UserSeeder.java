package org.virtualhall.approval.security;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.virtualhall.approval.catalog.CatalogRepository;
import org.virtualhall.approval.system.ApprovalProperties;
import org.virtualhall.model.catalog.Department;
import org.virtualhall.model.catalog.Staff;

/**
 * First start: an account per member of staff (by badge), a head per department ({@code head-GA}),
 * {@code admin} and {@code jiancha} (the supervisor), all with the configured initial password.
 */
@Component
@Order(2)
class UserSeeder implements ApplicationRunner {

    private final UserRepository users;
    private final CatalogRepository catalog;
    private final PasswordEncoder encoder;
    private final String initialPassword;

    UserSeeder(UserRepository users, CatalogRepository catalog, PasswordEncoder encoder, ApprovalProperties properties) {
        this.users = users;
        this.catalog = catalog;
        this.encoder = encoder;
        this.initialPassword = properties.security().initialPassword();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!users.isEmpty()) {
            return;
        }
        // One hash for every seeded account: BCrypt is slow on purpose, and hundreds of accounts start alike.
        String hash = encoder.encode(initialPassword);
        users.add("admin", hash, "系统管理员", Role.ADMIN, null, null);
        users.add("jiancha", hash, "电子监察员", Role.SUPERVISOR, null, null);
        for (Department d : catalog.departments()) {
            users.add("head-" + d.code(), hash, d.shortName() + "负责人", Role.HEAD, d.code(), null);
        }
        for (Staff s : catalog.staff()) {
            users.add(s.badge(), hash, s.name(), Role.STAFF, s.department(), s.window());
        }
    }
}
