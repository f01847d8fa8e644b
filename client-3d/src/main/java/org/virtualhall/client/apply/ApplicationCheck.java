package org.virtualhall.client.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.virtualhall.model.catalog.FormField;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.catalog.Material;
import org.virtualhall.model.validation.FormFieldCheck;

/**
 * Checks an application in the wizard before it is sent, with the same rules as the outer gateway's
 * format filter, so a citizen hears what to fix at once: every form field by its type, the required
 * materials ticked.
 */
public final class ApplicationCheck {

    private ApplicationCheck() {
    }

    public static List<FieldProblem> form(Item item, Map<String, String> values) {
        List<FieldProblem> problems = new ArrayList<>();
        for (FormField f : item.form()) {
            String value = values.getOrDefault(f.key(), "").strip();
            String path = "form." + f.key();
            if (value.isEmpty()) {
                if (f.required()) {
                    problems.add(new FieldProblem(path, "请填写" + f.label()));
                }
                continue;
            }
            FormFieldCheck.problem(f, value)
                    .ifPresent(reason -> problems.add(new FieldProblem(path, f.label() + "：" + reason)));
        }
        return problems;
    }

    public static List<FieldProblem> materials(Item item, Set<String> ticked) {
        List<FieldProblem> problems = new ArrayList<>();
        for (Material m : item.requiredMaterials()) {
            if (!ticked.contains(m.name())) {
                problems.add(new FieldProblem("materials." + m.name(), "请准备并勾选：" + m.name()));
            }
        }
        return problems;
    }
}
