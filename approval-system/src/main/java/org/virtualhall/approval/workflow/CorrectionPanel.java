package org.virtualhall.approval.workflow;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.virtualhall.approval.cases.CaseEventRecord;
import org.virtualhall.approval.cases.CaseMaterial;
import org.virtualhall.approval.cases.CaseRecord;
import org.virtualhall.approval.cases.CaseRepository;
import org.virtualhall.approval.cases.CaseSupplement;
import org.virtualhall.approval.cases.SupplementRepository;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.catalog.Material;

/**
 * What the case page shows about 一次性告知补正: the required materials missing now (ticked in the correction
 * form), and after a correction was asked for, each requested material with the supplied files that answer it.
 */
@Component
class CorrectionPanel {

    private final CaseRepository cases;
    private final SupplementRepository supplements;

    CorrectionPanel(CaseRepository cases, SupplementRepository supplements) {
        this.cases = cases;
        this.supplements = supplements;
    }

    /** One requested material and the supplied files that answer it (none yet: still missing). */
    record Requested(String material, List<String> answeredBy) {
        public boolean answered() {
            return !answeredBy.isEmpty();
        }
    }

    /** @param missingNow names of the item's required materials no file answers yet */
    record View(List<String> missingNow, List<Requested> requested, List<CaseSupplement> supplements) {
        public boolean shown() {
            return !requested.isEmpty() || !supplements.isEmpty();
        }
    }

    View of(CaseRecord c, Item item, List<CaseEventRecord> events) {
        List<CaseSupplement> supplied = supplements.of(c.id());
        if (item == null) {
            return new View(List.of(), List.of(), supplied);
        }
        List<String> provided = cases.materials(c.id()).stream().map(CaseMaterial::name).toList();
        List<String> missingNow = CorrectionNotice.missing(item, provided, List.of()).stream().map(Material::name).toList();
        Optional<CaseEventRecord> asked = events.stream()
                .filter(e -> e.step().equals(CaseAction.REQUEST_CORRECTION.step()))
                .max(Comparator.comparing(CaseEventRecord::at));
        if (asked.isEmpty()) {
            return new View(missingNow, List.of(), supplied);
        }
        Instant since = asked.get().at();
        List<String> sinceThen = supplied.stream().filter(s -> !s.receivedAt().isBefore(since))
                .flatMap(s -> s.materials().stream()).map(CaseMaterial::name).toList();
        List<Requested> requested = CorrectionNotice.requested(item, asked.get().note()).stream()
                .map(m -> new Requested(m.name(), sinceThen.stream().filter(f -> MaterialNames.answers(f, m.name())).toList()))
                .toList();
        return new View(missingNow, requested, supplied);
    }
}
