package org.virtualhall.gateway.outer.check;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.virtualhall.model.catalog.FormField;
import org.virtualhall.model.validation.MobileNumber;
import org.virtualhall.model.validation.UnifiedCreditCode;

/** The format each form field type implies. The ID number's check digit is the content check's business. */
final class FieldFormats {

    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,15}(\\.\\d{1,6})?");
    private static final Pattern ID_SHAPE = Pattern.compile("\\d{17}[0-9Xx]");

    private FieldFormats() {
    }

    static Optional<String> problem(FormField field, String value) {
        int max = maxLength(field);
        if (value.length() > max) {
            return Optional.of(field.label() + "不能超过" + max + "个字符");
        }
        return switch (field.type()) {
            case NUMBER -> NUMBER.matcher(value).matches() ? Optional.empty() : Optional.of(field.label() + "应为数字");
            case DATE -> date(field, value);
            case ID_NUMBER -> ID_SHAPE.matcher(value).matches() ? Optional.empty()
                    : Optional.of(field.label() + "应为18位身份证号码");
            case MOBILE -> MobileNumber.problem(value);
            case CREDIT_CODE -> UnifiedCreditCode.problem(value);
            case SELECT -> field.options().contains(value) ? Optional.empty()
                    : Optional.of(field.label() + "只能是以下之一：" + String.join("、", field.options()));
            case TEXT, TEXTAREA, ADDRESS -> Optional.empty();
        };
    }

    static int maxLength(FormField field) {
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

    private static Optional<String> date(FormField field, String value) {
        try {
            LocalDate.parse(value);
            return Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.of(field.label() + "应为日期，格式 yyyy-MM-dd");
        }
    }
}
