package org.virtualhall.approval.workflow;

import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import org.virtualhall.approval.cases.CaseRecord;
import org.virtualhall.approval.cases.SignoffRepository;
import org.virtualhall.approval.cases.SignoffRepository.Signoff;
import org.virtualhall.approval.security.ConsoleUser;
import org.virtualhall.approval.security.Role;

/**
 * Who may take which step: window staff and heads of the case's department handle it; decisions,
 * extensions and sign-offs are the heads'; a 联办 sign-off belongs to the assisting department's head.
 * Administrators and supervisors look, they do not act.
 */
@Component
public class ActionPermissions {

    private final SignoffRepository signoffs;

    ActionPermissions(SignoffRepository signoffs) {
        this.signoffs = signoffs;
    }

    public boolean allowed(ConsoleUser user, CaseRecord c, CaseAction action) {
        if (user.role() != Role.STAFF && user.role() != Role.HEAD) {
            return false;
        }
        if (action == CaseAction.SIGN_OFF) {
            return user.role() == Role.HEAD && signoffs.of(c.id()).stream()
                    .anyMatch(s -> s.pending() && s.department().equals(user.department()));
        }
        if (action.headOnly() && user.role() != Role.HEAD) {
            return false;
        }
        return c.department().equals(user.department());
    }

    /** The steps the user may take on the case in its present state. */
    public List<CaseAction> available(ConsoleUser user, CaseRecord c) {
        return Arrays.stream(CaseAction.values()).filter(a -> a.startsFrom(c.state()))
                .filter(a -> allowed(user, c, a)).toList();
    }

    public List<Signoff> signoffs(CaseRecord c) {
        return signoffs.of(c.id());
    }
}
