package org.virtualhall.client.apply;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.virtualhall.client.api.ApiTypes.Credentials;
import org.virtualhall.model.catalog.FormField;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.catalog.Material;
import org.virtualhall.model.validation.IdCardNumber;
import org.virtualhall.model.validation.MobileNumber;
import org.virtualhall.model.validation.UnifiedCreditCode;

/**
 * Checks an application in the wizard before it is sent, with the same rules as the outer gateway's
 * format filter, so a citizen hears what to fix at once: every form field by its type, the required
 * materials ticked, and the applicant.
 */
public final class ApplicationCheck {

    private static final int DEFAULT_MAX = 200;

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
            int max = f.maxLength() > 0 ? f.maxLength() : DEFAULT_MAX;
            if (value.length() > max) {
                problems.add(new FieldProblem(path, f.label() + "不能超过" + max + "个字"));
                continue;
            }
            typeProblem(f, value).ifPresent(reason -> problems.add(new FieldProblem(path, f.label() + reason)));
        }
        return problems;
    }

    private static Optional<String> typeProblem(FormField f, String value) {
        return switch (f.type()) {
            case NUMBER -> isNumber(value) ? Optional.empty() : Optional.of("应为数字");
            case DATE -> isDate(value) ? Optional.empty() : Optional.of("应为日期，如 2026-01-31");
            case ID_NUMBER -> IdCardNumber.isValid(value) ? Optional.empty() : Optional.of("不是有效的公民身份号码");
            case MOBILE -> MobileNumber.isValid(value) ? Optional.empty() : Optional.of("不是有效的手机号码");
            case CREDIT_CODE -> UnifiedCreditCode.isValid(value) ? Optional.empty() : Optional.of("不是有效的统一社会信用代码");
            case SELECT -> f.options().contains(value) ? Optional.empty() : Optional.of("只能选择：" + String.join("、", f.options()));
            case TEXT, TEXTAREA, ADDRESS -> Optional.empty();
        };
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

    private static boolean isNumber(String value) {
        try {
            new BigDecimal(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isDate(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
