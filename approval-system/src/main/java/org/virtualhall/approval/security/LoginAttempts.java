package org.virtualhall.approval.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.virtualhall.approval.audit.AuditAction;
import org.virtualhall.approval.audit.AuditLog;
import org.virtualhall.approval.system.ApprovalProperties;

/** Counts failed logins in a row and locks the account when there are too many. */
@Service
class LoginAttempts {

    private final UserRepository users;
    private final AuditLog audit;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    LoginAttempts(UserRepository users, AuditLog audit, Clock clock, ApprovalProperties properties) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.maxFailures = properties.security().lockout().maxFailures();
        this.lockout = properties.security().lockout().duration();
    }

    /**
     * A wrong password for this username (which may not exist).
     *
     * @return until when the account is locked, if this failure locked it
     */
    @Transactional
    public Optional<Instant> failed(String username) {
        Optional<Integer> failures = users.countFailure(username);
        if (failures.isEmpty() || failures.get() < maxFailures) {
            return Optional.empty();
        }
        Instant until = clock.instant().plus(lockout);
        users.lock(username, until);
        audit.record(AuditLog.SYSTEM, AuditAction.ACCOUNT_LOCKED, username,
                "连续 " + failures.get() + " 次密码错误，锁定 " + lockout.toMinutes() + " 分钟");
        return Optional.of(until);
    }

    public void succeeded(String username) {
        users.clearFailures(username);
    }

    /** Until when a locked account stays locked, if it is locked now. */
    public Optional<Instant> lockedUntil(String username) {
        return users.find(username).filter(u -> !u.isAccountNonLocked()).map(ConsoleUser::lockedUntil);
    }
}
