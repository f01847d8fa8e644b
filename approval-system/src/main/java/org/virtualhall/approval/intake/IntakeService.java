package org.virtualhall.approval.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.virtualhall.approval.cases.CaseRepository;
import org.virtualhall.approval.system.InvalidInputException;

/** Intake from the inner gateway: idempotent by receipt, so a resend never makes a second case. */
@Service
public class IntakeService {

    private final IntakeValidator validator;
    private final IntakeWriter writer;
    private final CaseRepository cases;

    IntakeService(IntakeValidator validator, IntakeWriter writer, CaseRepository cases) {
        this.validator = validator;
        this.writer = writer;
        this.cases = cases;
    }

    /** Answers once the case is stored; throws InvalidInputException naming the field at fault. */
    public IntakeResult intake(IntakeRequest request) {
        ValidIntake valid;
        try {
            valid = validator.check(request);
        } catch (InvalidInputException refused) {
            return repeat(request).orElseThrow(() -> refused);
        }
        return writer.store(List.of(valid)).get(0);
    }

    /**
     * Each request answered on its own, in order: refused ones with their reason, the rest stored together.
     * A store failure fails the whole call, so the gateway sends it again (repeats answer their cases).
     */
    public List<IntakeOutcome> intakeAll(List<IntakeRequest> requests) {
        IntakeOutcome[] outcomes = new IntakeOutcome[requests.size()];
        List<ValidIntake> valid = new ArrayList<>(requests.size());
        List<Integer> positions = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            IntakeRequest request = requests.get(i);
            try {
                valid.add(validator.check(request));
                positions.add(i);
            } catch (InvalidInputException refused) {
                outcomes[i] = repeat(request).map(IntakeOutcome::of).orElseGet(() -> IntakeOutcome.refused(request, refused));
            }
        }
        List<IntakeResult> stored = valid.isEmpty() ? List.of() : writer.store(valid);
        for (int k = 0; k < stored.size(); k++) {
            outcomes[positions.get(k)] = IntakeOutcome.of(stored.get(k));
        }
        return Arrays.asList(outcomes);
    }

    /** A resend of a receipt already stored answers its case, even if the item has changed since. */
    private Optional<IntakeResult> repeat(IntakeRequest request) {
        return request == null || request.sbh() == null ? Optional.empty()
                : cases.findByReceipt(request.sbh()).map(c -> CaseCreator.result(c, false));
    }
}
