package org.virtualhall.approval.intake;

import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.virtualhall.approval.cases.CaseRecord;
import org.virtualhall.approval.cases.CaseRepository;

/** Intake from the inner gateway: idempotent by receipt, so a resend never makes a second case. */
@Service
public class IntakeService {

    private final IntakeValidator validator;
    private final CaseCreator creator;
    private final CaseRepository cases;

    IntakeService(IntakeValidator validator, CaseCreator creator, CaseRepository cases) {
        this.validator = validator;
        this.creator = creator;
        this.cases = cases;
    }

    public IntakeResult intake(IntakeRequest request) {
        Optional<CaseRecord> existing = request.sbh() == null ? Optional.empty() : cases.findByReceipt(request.sbh());
        if (existing.isPresent()) {
            return result(existing.get(), false);
        }
        ValidIntake valid = validator.check(request);
        try {
            return result(creator.create(valid), true);
        } catch (DuplicateKeyException raced) {
            // Two resends arrived together and the other one stored the case first.
            return result(cases.findByReceipt(request.sbh()).orElseThrow(() -> raced), false);
        }
    }

    private static IntakeResult result(CaseRecord c, boolean created) {
        return new IntakeResult(c.receipt(), c.id(), c.state().name(), c.limit().deadline(), created);
    }
}
