package org.virtualhall.approval.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.catalog.Material;
import org.virtualhall.model.catalog.MaterialForm;
import org.virtualhall.model.catalog.MaterialRole;
import org.virtualhall.model.hall.HallLoader;

/** 一次性告知: what is missing, how the note lists it, and which files answer which material. */
class CorrectionNoticeTests {

    private final Item item = withMaterials(HallLoader.fromClasspath().item("GA003").orElseThrow(), List.of(
            new Material("《居民身份证申领登记表》", MaterialRole.MAIN, MaterialForm.ORIGINAL, 1, true, "窗口打印"),
            new Material("居民户口簿", MaterialRole.MAIN, MaterialForm.ORIGINAL, 1, true, ""),
            new Material("户口簿", MaterialRole.SUPPORTING, MaterialForm.COPY, 1, false, ""),
            new Material("相片回执", MaterialRole.SUPPORTING, MaterialForm.ORIGINAL, 1, false, "")));

    @Test
    void aFileAnswersAMaterialWhateverItsExtensionAndBookTitleMarks() {
        assertThat(MaterialNames.answers("居民身份证申领登记表.pdf", "《居民身份证申领登记表》")).isTrue();
        assertThat(MaterialNames.answers("居民户口簿.JPG", "居民户口簿")).isTrue();
        assertThat(MaterialNames.answers("居民户口簿", "居民户口簿")).isTrue();
        assertThat(MaterialNames.answers("户口簿.pdf", "居民户口簿")).isFalse();
        assertThat(MaterialNames.answers("居民户口簿（复印件）.pdf", "居民户口簿")).isFalse();
    }

    @Test
    void requiredMaterialsAnsweredByAFileAreNotMissingAndTickedOnesAreAdded() {
        List<Material> missing = CorrectionNotice.missing(item, List.of("居民身份证申领登记表.pdf"), List.of("相片回执"));
        assertThat(missing).extracting(Material::name).containsExactly("居民户口簿", "相片回执");
    }

    @Test
    void theNoteListsEveryMissingMaterialByNameAndCanBeReadBack() {
        List<Material> missing = CorrectionNotice.missing(item, List.of(), List.of("相片回执"));
        String note = CorrectionNotice.text(missing, "请一次补齐");

        assertThat(note).contains("1. 《居民身份证申领登记表》（", "2. 居民户口簿（", "3. 相片回执（", "说明：请一次补齐");
        assertThat(CorrectionNotice.requested(item, note)).extracting(Material::name)
                .as("户口簿 is only part of 居民户口簿, not requested itself")
                .containsExactly("《居民身份证申领登记表》", "居民户口簿", "相片回执");
    }

    private static Item withMaterials(Item i, List<Material> materials) {
        return new Item(i.code(), i.unifiedCode(), i.name(), i.aliases(), i.department(), i.assistingDepartments(),
                i.category(), i.caseType(), i.legalBasis(), i.conditions(), materials, i.procedure(), i.statutoryDays(),
                i.promisedDays(), i.fee(), i.feeBasis(), i.windows(), i.authority(), i.phone(), i.responsible(),
                i.online(), i.visits(), i.multiFloor(), i.faq(), i.form());
    }
}
