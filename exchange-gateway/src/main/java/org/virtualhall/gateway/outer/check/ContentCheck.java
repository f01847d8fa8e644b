package org.virtualhall.gateway.outer.check;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.outer.hall.HallCatalog;
import org.virtualhall.gateway.outer.intake.IntakeRequest;
import org.virtualhall.gateway.outer.intake.SubmissionRequest;
import org.virtualhall.gateway.web.Refusal;
import org.virtualhall.model.catalog.FieldType;
import org.virtualhall.model.catalog.FormField;
import org.virtualhall.model.submission.Attachment;
import org.virtualhall.model.validation.IdCardNumber;

/**
 * 内容检查: 上网信息不涉密 — classified markers are refused; so are script and markup, control characters,
 * ID numbers with a wrong check digit and words from the sensitive-word list. Runs after the format filter,
 * so the item and its form are known to be there.
 */
@Component
@Profile("outer")
public class ContentCheck {

    static final List<String> CLASSIFIED_MARKERS = List.of("绝密", "机密", "秘密", "涉密");
    private static final Pattern MARKUP = Pattern.compile(
            "<[/!?]?[a-zA-Z]|javascript\\s*:|vbscript\\s*:|data\\s*:\\s*text/html|(?<![a-z])on[a-z]+\\s*=|&#x?[0-9a-f]+;|\\$\\{|<%|<!--",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]|[\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

    private final HallCatalog catalog;
    private final SensitiveWords sensitiveWords;

    ContentCheck(HallCatalog catalog, SensitiveWords sensitiveWords) {
        this.catalog = catalog;
        this.sensitiveWords = sensitiveWords;
    }

    public void check(IntakeRequest intake) {
        SubmissionRequest request = intake.request();
        IdCardNumber.problem(request.applicant().idNumber()).ifPresent(p -> {
            throw Refusal.badRequest("invalid_id_number", p, "applicant.idNumber");
        });
        checkIdFields(request);
        texts(request).forEach(this::inspect);
    }

    /** 内容检查 of supplementary materials (补正材料) and the applicant's note on them. */
    public void checkSupplement(List<Attachment> materials, String note) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("note", note == null ? "" : note);
        addMaterialTexts(materials, texts);
        texts.forEach(this::inspect);
    }

    /** Inspects one text; {@code field} is its path in the request. */
    public void inspect(String field, String text) {
        for (String marker : CLASSIFIED_MARKERS) {
            if (text.contains(marker)) {
                throw new Refusal(HttpStatus.UNPROCESSABLE_ENTITY, "classified_marker",
                        "内容含密级标识“" + marker + "”：上网信息不涉密，涉密材料请勿通过互联网提交", field);
            }
        }
        if (MARKUP.matcher(text).find()) {
            throw Refusal.badRequest("markup_not_allowed", "内容不能含HTML标记或脚本", field);
        }
        if (CONTROL.matcher(text).find()) {
            throw Refusal.badRequest("control_character", "内容含不可见的控制字符", field);
        }
        sensitiveWords.find(text).ifPresent(word -> {
            throw new Refusal(HttpStatus.UNPROCESSABLE_ENTITY, "sensitive_word", "内容含敏感词“" + word + "”，不予接收", field);
        });
    }

    private void checkIdFields(SubmissionRequest request) {
        catalog.item(request.itemCode()).ifPresent(item -> {
            for (FormField field : item.form()) {
                String value = request.form().get(field.key());
                if (field.type() == FieldType.ID_NUMBER && value != null && !value.isBlank()) {
                    IdCardNumber.problem(value).ifPresent(p -> {
                        throw Refusal.badRequest("invalid_id_number", p, "form." + field.key());
                    });
                }
            }
        });
    }

    private static Map<String, String> texts(SubmissionRequest request) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("applicant.name", request.applicant().name());
        request.form().forEach((key, value) -> texts.put("form." + key, value == null ? "" : value));
        addMaterialTexts(request.materials(), texts);
        return texts;
    }

    /** The names of the materials and the content of the plain-text ones, by their path in the request. */
    private static void addMaterialTexts(List<Attachment> materials, Map<String, String> texts) {
        for (int i = 0; i < materials.size(); i++) {
            Attachment m = materials.get(i);
            texts.put("materials[" + i + "].name", m.name());
            if ("text/plain".equals(m.contentType())) {
                texts.put("materials[" + i + "].base64",
                        new String(Base64.getDecoder().decode(m.base64()), StandardCharsets.UTF_8));
            }
        }
    }
}
