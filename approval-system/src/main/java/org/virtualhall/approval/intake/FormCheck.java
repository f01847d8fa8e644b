package org.virtualhall.approval.intake;

import java.util.LinkedHashMap;
import java.util.Map;
import org.virtualhall.approval.system.InvalidInputException;
import org.virtualhall.model.catalog.FormField;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.validation.FormFieldCheck;

/** Checks the form data (bdsj) against the item's published form: required fields, types, options, lengths. */
final class FormCheck {

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
            FormFieldCheck.problem(field, value).ifPresent(reason -> {
                throw new InvalidInputException("bdsj." + field.key(), "「" + field.label() + "」" + reason);
            });
            values.put(field.key(), value);
        }
        return values;
    }
}
