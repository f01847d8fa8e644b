package org.virtualhall.approval.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.virtualhall.approval.catalog.CatalogRepository;
import org.virtualhall.approval.system.InstanceLocks;
import org.virtualhall.model.catalog.Department;
import org.virtualhall.model.catalog.Staff;

/**
 * First start: an account per member of staff (by badge), a head per department ({@code head-GA}),
 * {@code admin} and {@code jiancha} (the supervisor). Every account without a password then gets its own
 * generated one, listed in the {@link InitialPasswordFile} and valid until its first login. That happens once
 * per store: later starts find every account with a password and leave the file alone.
 */
@Component
@Order(2)
class UserSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(UserSeeder.class);

    private final UserRepository users;
    private final CatalogRepository catalog;
    private final PasswordIssuer issuer;
    private final InitialPasswordFile file;
    private final InstanceLocks locks;

    UserSeeder(UserRepository users, CatalogRepository catalog, PasswordIssuer issuer, InitialPasswordFile file,
               InstanceLocks locks) {
        this.locks = locks;
        this.users = users;
        this.catalog = catalog;
        this.issuer = issuer;
        this.file = file;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        locks.await(InstanceLocks.Job.SEED);
        if (users.isEmpty()) {
            seed();
        }
        List<String> waiting = users.withoutPassword();
        if (waiting.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        PasswordIssuer.Issued drawn = issuer.issue(waiting);
        Set<String> issued = users.issue(drawn.hashes());
        if (issued.isEmpty()) {
            return;
        }
        // Written before the commit: if the file cannot be written, the accounts keep no password nobody knows.
        Map<String, String> passwords = new LinkedHashMap<>(drawn.passwords());
        passwords.keySet().retainAll(issued);
        file.write(passwords);
        log.info("issued initial passwords to {} accounts in {} ms; they are in {}", issued.size(),
                (System.nanoTime() - start) / 1_000_000, file.path());
    }

    private void seed() {
        String none = UserRepository.NO_PASSWORD;
        users.add("admin", none, "系统管理员", Role.ADMIN, null, null);
        users.add("jiancha", none, "电子监察员", Role.SUPERVISOR, null, null);
        for (Department d : catalog.departments()) {
            users.add("head-" + d.code(), none, d.shortName() + "负责人", Role.HEAD, d.code(), null);
        }
        for (Staff s : catalog.staff()) {
            users.add(s.badge(), none, s.name(), Role.STAFF, s.department(), s.window());
        }
    }
}
