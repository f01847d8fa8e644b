package org.virtualhall.gateway.outer.supplement;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.outer.check.MaterialCheck;
import org.virtualhall.gateway.web.Refusal;

/** 格式过滤 of a supplement: at least one material, each passing the same {@link MaterialCheck} as a submission's; a short note. */
@Component
@Profile("outer")
class SupplementFormat {

    static final int MAX_NOTE = 500;

    private final MaterialCheck materials;

    SupplementFormat(MaterialCheck materials) {
        this.materials = materials;
    }

    void check(SupplementIntake intake) {
        SupplementRequest request = intake.request();
        if (request.materials().isEmpty()) {
            throw Refusal.badRequest("missing_field", "请至少补交一份材料", "materials");
        }
        if (request.note().length() > MAX_NOTE) {
            throw Refusal.badRequest("too_long", "补正说明不能超过" + MAX_NOTE + "字", "note");
        }
        materials.check(request.materials());
    }
}
