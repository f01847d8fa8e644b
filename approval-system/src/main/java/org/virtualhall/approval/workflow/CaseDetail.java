package org.virtualhall.approval.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.virtualhall.approval.cases.CaseEventRecord;
import org.virtualhall.approval.cases.CaseNotFoundException;
import org.virtualhall.approval.cases.CaseRecord;
import org.virtualhall.approval.cases.CaseRepository;
import org.virtualhall.approval.catalog.Catalog;
import org.virtualhall.approval.security.ConsoleUser;
import org.virtualhall.approval.timelimit.TimeLimits;
import org.virtualhall.model.catalog.FormField;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.json.HallJson;

/**
 * Fills the model of the case page: the case, its item, materials, supplements and what they answer, history,
 * sign-offs, time limit and the steps open to the user.
 */
@Component
class CaseDetail {

    static final String VIEW = "cases/detail";

    private final CaseRepository cases;
    private final Catalog catalog;
    private final TimeLimits limits;
    private final ActionPermissions permissions;
    private final CorrectionPanel correction;
    private final Clock clock;

    CaseDetail(CaseRepository cases, Catalog catalog, TimeLimits limits, ActionPermissions permissions,
               CorrectionPanel correction, Clock clock) {
        this.cases = cases;
        this.catalog = catalog;
        this.limits = limits;
        this.permissions = permissions;
        this.correction = correction;
        this.clock = clock;
    }

    String show(long id, ConsoleUser me, Model model) {
        CaseRecord c = cases.find(id).orElseThrow(() -> new CaseNotFoundException(String.valueOf(id)));
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("c", c);
        Item item = catalog.item(c.itemCode()).orElse(null);
        model.addAttribute("item", item);
        model.addAttribute("form", form(c, item));
        model.addAttribute("materials", cases.materials(id));
        List<CaseEventRecord> events = cases.events(id);
        model.addAttribute("events", events);
        model.addAttribute("correction", correction.of(c, item, events));
        model.addAttribute("signoffs", permissions.signoffs(c));
        model.addAttribute("light", limits.light(c, today));
        model.addAttribute("daysLeft", limits.workingDaysLeft(c.limit(), today));
        model.addAttribute("actions", permissions.available(me, c));
        return VIEW;
    }

    /** The form values under the labels the item gives them. */
    private static Map<String, String> form(CaseRecord c, Item item) {
        Map<String, String> values;
        try {
            values = HallJson.wire().readValue(c.formJson(), new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            return Map.of("表单", c.formJson());
        }
        Map<String, String> labelled = new LinkedHashMap<>();
        values.forEach((key, value) -> labelled.put(item == null ? key : item.form().stream()
                .filter(f -> f.key().equals(key)).map(FormField::label).findFirst().orElse(key), value));
        return labelled;
    }
}
