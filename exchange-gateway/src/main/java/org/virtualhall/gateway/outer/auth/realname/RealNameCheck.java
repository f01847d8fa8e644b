package org.virtualhall.gateway.outer.auth.realname;

import java.util.Optional;
import org.virtualhall.gateway.outer.auth.operator.OperatorUnavailable;
import org.virtualhall.model.submission.Applicant;

/**
 * 实名核验: whether the mobile that has just proved itself with a code is the person's own. Chosen by
 * {@code hall.gateway.outer.auth.real-name.check}: {@code embedded} ({@link BindingRealNameCheck}) or {@code operator}
 * (the carrier's three-factor check, {@link OperatorRealNameCheck}).
 */
public interface RealNameCheck {

    /**
     * Why the mobile is not the person's, in words for the citizen, or empty when it is; {@link OperatorUnavailable}
     * when that cannot be told now. Name and ID number have passed the format checks, the mobile is normalised.
     */
    Optional<String> mismatch(Applicant person);
}
