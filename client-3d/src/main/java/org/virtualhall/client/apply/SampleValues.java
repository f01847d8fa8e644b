package org.virtualhall.client.apply;

import org.virtualhall.model.catalog.FormField;

/** Plausible answers for a form field, for the demo's scripted application. */
final class SampleValues {

    private SampleValues() {
    }

    static String of(FormField f) {
        return switch (f.type()) {
            case SELECT -> f.options().isEmpty() ? "" : f.options().get(0);
            case NUMBER -> "1";
            case DATE -> "2026-12-01";
            case ID_NUMBER -> "11010519491231002X";
            case MOBILE -> "13800138000";
            case CREDIT_CODE -> "91350100M000100Y43";
            case ADDRESS -> "青溪县城关镇人民路1号";
            case TEXT, TEXTAREA -> "示例";
        };
    }
}
