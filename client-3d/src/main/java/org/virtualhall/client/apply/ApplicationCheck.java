package org.virtualhall.client.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.virtualhall.client.api.ApiTypes.Credentials;
import org.virtualhall.model.catalog.FormField;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.catalog.Material;
import org.virtualhall.model.validation.FormFieldCheck;
import org.virtualhall.model.validation.IdCardNumber;
import org.virtualhall.model.validation.MobileNumber;

/**
 * Checks an application in the wizard before it is sent, with the same rules as the outer gateway's
 * format filter, so a citizen hears what to fix at once: every form field by its type, the required
 * materials ticked, and the applicant.
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

    public static List<FieldProblem> applicant(Credentials who) {
        List<FieldProblem> problems = new ArrayList<>();
        if (who.name() == null || who.name().isBlank()) {
            problems.add(new FieldProblem("applicant.name", "请填写申请人姓名"));
        }
        if (!IdCardNumber.isValid(who.idNumber())) {
            problems.add(new FieldProblem("applicant.idNumber", "申请人身份证号码不正确"));
        }
        if (!MobileNumber.isValid(who.mobile())) {
            problems.add(new FieldProblem("applicant.mobile", "申请人手机号码不正确"));
        }
        return problems;
    }
}
