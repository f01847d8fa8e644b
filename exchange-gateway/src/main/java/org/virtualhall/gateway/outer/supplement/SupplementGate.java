package org.virtualhall.gateway.outer.supplement;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.outer.timeline.TimelineStore;
import org.virtualhall.gateway.outer.timeline.UnknownReceipt;
import org.virtualhall.gateway.web.Refusal;
import org.virtualhall.model.submission.SubmissionStatus;

/**
 * 身份认证 for a supplement: only the applicant who owns the receipt may add to it, and only while the case
 * waits for a correction (需补正). Someone else's receipt is answered exactly like one that does not exist.
 */
@Component
@Profile("outer")
class SupplementGate {

    private final TimelineStore timeline;

    SupplementGate(TimelineStore timeline) {
        this.timeline = timeline;
    }

    void check(SupplementIntake intake) {
        TimelineStore.Owned owned = timeline.owner(intake.receipt())
                .filter(o -> o.idNumber().equals(intake.claims().sub()))
                .orElseThrow(() -> UnknownReceipt.refusal(intake.receipt()));
        if (!SubmissionStatus.CORRECTION_REQUESTED.name().equals(owned.status())) {
            throw new Refusal(HttpStatus.CONFLICT, "not_awaiting_correction", "这笔申报当前为“" + label(owned.status())
                    + "”，不需要补正：只有窗口一次性告知补正后才能补交材料", "receipt");
        }
    }

    private static String label(String status) {
        try {
            return SubmissionStatus.valueOf(status).label();
        } catch (IllegalArgumentException e) {
            return status;
        }
    }
}
