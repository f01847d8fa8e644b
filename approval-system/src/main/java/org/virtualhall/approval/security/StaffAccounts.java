package org.virtualhall.approval.security;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.virtualhall.approval.system.ApprovalProperties;
import org.virtualhall.model.catalog.Staff;

/** A console account for each member of staff the back office adds, so new staff can log in at once. */
@Service
public class StaffAccounts {

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final String initialPassword;

    StaffAccounts(UserRepository users, PasswordEncoder encoder, ApprovalProperties properties) {
        this.users = users;
        this.encoder = encoder;
        this.initialPassword = properties.security().initialPassword();
    }

    public void ensure(Staff s) {
        if (users.find(s.badge()).isEmpty()) {
            users.add(s.badge(), encoder.encode(initialPassword), s.name(), Role.STAFF, s.department(), s.window());
        }
    }
}
