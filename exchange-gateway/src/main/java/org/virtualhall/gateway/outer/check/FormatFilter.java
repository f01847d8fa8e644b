package org.virtualhall.gateway.outer.check;

import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.outer.hall.HallCatalog;
import org.virtualhall.gateway.outer.intake.IntakeRequest;
import org.virtualhall.gateway.outer.intake.SubmissionRequest;
import org.virtualhall.gateway.web.Refusal;
import org.virtualhall.model.catalog.FormField;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.validation.FormFieldCheck;

/** 格式过滤: the submission has the shape its item's form asks for, and materials that pass {@link MaterialCheck}. */
@Component
@Profile("outer")
public class FormatFilter {

    private static final Pattern ITEM_CODE = Pattern.compile("[A-Z]{2,5}\\d{3}");

    private final HallCatalog catalog;
    private final MaterialCheck materials;

    FormatFilter(HallCatalog catalog, MaterialCheck materials) {
        this.catalog = catalog;
        this.materials = materials;
    }

    public void check(IntakeRequest intake) {
        SubmissionRequest request = intake.request();
        Item item = item(request.itemCode());
        ApplicantRules.check(request.applicant(), "applicant.");
        checkForm(item, request.form());
        materials.check(request.materials());
    }

    private Item item(String code) {
        if (code == null || code.isBlank()) {
            throw Refusal.badRequest("missing_field", "缺少事项编码", "itemCode");
        }
        if (!ITEM_CODE.matcher(code).matches()) {
            throw Refusal.badRequest("invalid_value", "事项编码格式应为部门代码加3位数字，如GA003", "itemCode");
        }
        Item item = catalog.item(code).orElseThrow(() ->
                Refusal.badRequest("unknown_item", "大厅没有编码为 " + code + " 的事项", "itemCode"));
        if (!item.online()) {
            throw new Refusal(HttpStatus.UNPROCESSABLE_ENTITY, "not_online",
                    "事项“" + item.name() + "”不支持网上申报，请到窗口办理", "itemCode");
        }
        return item;
    }

    private static void checkForm(Item item, Map<String, String> form) {
        for (String key : form.keySet()) {
            if (item.form().stream().noneMatch(f -> f.key().equals(key))) {
                throw Refusal.badRequest("unknown_field", "事项“" + item.name() + "”的表单没有这一项", "form." + key);
            }
        }
        for (FormField field : item.form()) {
            String value = form.get(field.key());
            if (value == null || value.isBlank()) {
                if (field.required()) {
                    throw Refusal.badRequest("missing_field", field.label() + "为必填项", "form." + field.key());
                }
                continue;
            }
            FormFieldCheck.problem(field, value.strip()).ifPresent(p -> {
                throw Refusal.badRequest("invalid_value", field.label() + "：" + p, "form." + field.key());
            });
        }
    }
}
