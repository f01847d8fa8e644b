package org.virtualhall.approval.security;

import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.virtualhall.approval.audit.AuditAction;
import org.virtualhall.approval.audit.AuditLog;
import org.virtualhall.model.catalog.Staff;

/**
 * The console accounts of window staff follow the staff list the back office keeps: new staff get an account
 * at once, with a one-time password that the administrator is shown once and hands over; staff who move take
 * their new window and department with them; staff removed can no longer log in.
 */
@Service
public class StaffAccounts {

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final PasswordGenerator passwords;
    private final AuditLog audit;

    StaffAccounts(UserRepository users, PasswordEncoder encoder, PasswordGenerator passwords, AuditLog audit) {
        this.users = users;
        this.encoder = encoder;
        this.passwords = passwords;
        this.audit = audit;
    }

    /** @return the one-time password of the account made now, or empty if the badge had one already (now updated) */
    @Transactional
    public Optional<String> ensure(Staff s) {
        if (users.find(s.badge()).isPresent()) {
            users.moveStaff(s.badge(), s.name(), s.department(), s.window());
            return Optional.empty();
        }
        String password = passwords.next();
        users.add(s.badge(), encoder.encode(password), s.name(), Role.STAFF, s.department(), s.window());
        audit.record(AuditAction.ACCOUNT_CREATED, s.badge(), "新工作人员 " + s.name() + "，已生成一次性密码");
        return Optional.of(password);
    }

    /** Closes the account of a member of staff the back office removed. */
    @Transactional
    public void remove(String badge) {
        if (users.deleteStaff(badge)) {
            audit.record(AuditAction.ACCOUNT_DELETED, badge, "人员已删除，账户随之删除");
        }
    }
}
