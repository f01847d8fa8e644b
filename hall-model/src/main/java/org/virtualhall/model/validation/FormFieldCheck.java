package org.virtualhall.model.validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.virtualhall.model.catalog.FormField;

/**
 * What a form field demands of a filled-in value. The client's wizard, the outer gateway's format
 * filter and the approval system's intake all use these rules, so a value one of them accepts is never
 * refused by the next.
 */
public final class FormFieldCheck {

    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,15}(\\.\\d{1,6})?");

    private FormFieldCheck() {
    }

    /** The field's own limit, or its type's default when the item sets none. */
    public static int maxLength(FormField field) {
        if (field.maxLength() > 0) {
            return field.maxLength();
        }
        return switch (field.type()) {
            case TEXTAREA -> 2000;
            case ADDRESS -> 200;
            case TEXT -> 100;
            default -> 64;
        };
    }

    /**
     * Why a filled-in (non-blank, stripped) value does not fit the field, without the field's label;
     * empty when it fits.
     */
    public static Optional<String> problem(FormField field, String value) {
        int max = maxLength(field);
        if (value.length() > max) {
            return Optional.of("不能超过" + max + "个字符");
        }
        return switch (field.type()) {
            case NUMBER -> NUMBER.matcher(value).matches() ? Optional.empty() : Optional.of("应为数字");
            case DATE -> isDate(value) ? Optional.empty() : Optional.of("应为日期，格式 yyyy-MM-dd");
            case ID_NUMBER -> IdCardNumber.problem(value);
            case MOBILE -> MobileNumber.problem(value);
            case CREDIT_CODE -> UnifiedCreditCode.problem(value);
            case SELECT -> field.options().contains(value) ? Optional.empty()
                    : Optional.of("只能是以下之一：" + String.join("、", field.options()));
            case TEXT, TEXTAREA, ADDRESS -> Optional.empty();
        };
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
