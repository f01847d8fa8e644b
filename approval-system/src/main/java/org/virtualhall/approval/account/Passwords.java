package org.virtualhall.approval.account;

import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.virtualhall.approval.audit.AuditAction;
import org.virtualhall.approval.audit.AuditLog;
import org.virtualhall.approval.security.ConsoleUser;
import org.virtualhall.approval.security.PasswordGenerator;
import org.virtualhall.approval.security.UserRepository;

/** Changing one's own password, and the administrator's reset and unlock of any account; all audited. */
@Service
public class Passwords {

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final PasswordGenerator generator;
    private final AuditLog audit;

    Passwords(UserRepository users, PasswordEncoder encoder, PasswordPolicy policy, PasswordGenerator generator,
              AuditLog audit) {
        this.users = users;
        this.encoder = encoder;
        this.policy = policy;
        this.generator = generator;
        this.audit = audit;
    }

    /** @return why not, or empty when the password was changed */
    @Transactional
    public Optional<Refusal> change(String username, PasswordForm form) {
        ConsoleUser user = users.find(username).orElseThrow();
        if (!encoder.matches(form.current(), user.getPassword())) {
            return Optional.of(new Refusal("current", "原密码不正确"));
        }
        if (!form.password().equals(form.confirm())) {
            return Optional.of(new Refusal("confirm", "两次输入的新密码不一致"));
        }
        Optional<String> broken = policy.broken(username, form.password());
        if (broken.isPresent()) {
            return Optional.of(new Refusal("password", broken.get()));
        }
        if (encoder.matches(form.password(), user.getPassword())) {
            return Optional.of(new Refusal("password", "新密码不能与原密码相同"));
        }
        users.setPassword(username, encoder.encode(form.password()), false);
        audit.record(username, AuditAction.PASSWORD_CHANGED, username, user.mustChange() ? "首次登录修改密码" : "修改密码");
        return Optional.empty();
    }

    /**
     * A new one-time password for the account (which also unlocks it), to be changed at the next login.
     *
     * @return the password, or empty for an unknown account
     */
    @Transactional
    public Optional<String> reset(String username) {
        String password = generator.next();
        if (!users.setPassword(username, encoder.encode(password), true)) {
            return Optional.empty();
        }
        audit.record(AuditAction.PASSWORD_RESET, username, "已生成一次性密码，下次登录须修改");
        return Optional.of(password);
    }

    /** @return whether the account exists */
    @Transactional
    public boolean unlock(String username) {
        if (!users.unlock(username)) {
            return false;
        }
        audit.record(AuditAction.ACCOUNT_UNLOCKED, username, "管理员解除锁定");
        return true;
    }
}
