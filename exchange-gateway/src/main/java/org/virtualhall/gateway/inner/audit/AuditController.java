package org.virtualhall.gateway.inner.audit;

import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail of one receipt, for supervisors (内网管理端口). */
@RestController
@Profile("inner")
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    /** Whether the chain over the whole log still holds: {@code {"intact":true}}, or the first row where it breaks. */
    @GetMapping("/api/audit/verify")
    Map<String, Object> verify() {
        return audit.verify().<Map<String, Object>>map(row -> Map.of("intact", false, "brokenAt", row))
                .orElse(Map.of("intact", true));
    }

    @GetMapping("/api/audit/{receipt}")
    List<AuditLog.AuditEntry> byReceipt(@PathVariable String receipt) {
        return audit.byReceipt(receipt);
    }
}
