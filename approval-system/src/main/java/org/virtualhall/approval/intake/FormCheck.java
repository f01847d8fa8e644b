package org.virtualhall.approval.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.virtualhall.approval.system.InvalidInputException;
import org.virtualhall.model.catalog.FormField;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.validation.IdCardNumber;
import org.virtualhall.model.validation.MobileNumber;
import org.virtualhall.model.validation.UnifiedCreditCode;

/** Checks the form data (bdsj) against the item's published form: required fields, types, options, lengths. */
final class FormCheck {

    private static final int DEFAULT_MAX_LENGTH = 500;

    private FormCheck() {
    }

    /** The form as text values, in the item's field order; throws naming the first field at fault. */
    static Map<String, String> check(Item item, Map<String, Object> form) {
        Map<String, Object> given = form == null ? Map.of() : form;
        for (String key : given.keySet()) {
            if (item.form().stream().noneMatch(f -> f.key().equals(key))) {
                throw new InvalidInputException("bdsj." + key, "事项「" + item.name() + "」的表单没有这个字段");
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (FormField field : item.form()) {
            Object raw = given.get(field.key());
            String value = raw == null ? "" : raw.toString().strip();
            if (value.isEmpty()) {
                if (field.required()) {
                    throw new InvalidInputException("bdsj." + field.key(), "必填项「" + field.label() + "」未填写");
                }
                continue;
            }
            problem(field, value).ifPresent(reason -> {
                throw new InvalidInputException("bdsj." + field.key(), "「" + field.label() + "」" + reason);
            });
            values.put(field.key(), value);
        }
        return values;
    }

    private static Optional<String> problem(FormField field, String value) {
        int max = field.maxLength() > 0 ? field.maxLength() : DEFAULT_MAX_LENGTH;
        if (value.length() > max) {
            return Optional.of("超过 " + max + " 个字符");
        }
        return switch (field.type()) {
            case NUMBER -> isNumber(value) ? Optional.empty() : Optional.of("应为数字");
            case DATE -> isDate(value) ? Optional.empty() : Optional.of("应为日期（如 2026-03-01）");
            case ID_NUMBER -> IdCardNumber.problem(value);
            case MOBILE -> MobileNumber.problem(value);
            case CREDIT_CODE -> UnifiedCreditCode.problem(value);
            case SELECT -> field.options().contains(value) ? Optional.empty()
                    : Optional.of("只能是 " + String.join("、", field.options()) + " 之一");
            case TEXT, TEXTAREA, ADDRESS -> Optional.empty();
        };
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
