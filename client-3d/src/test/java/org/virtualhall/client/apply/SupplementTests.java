package org.virtualhall.client.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtualhall.client.api.ApiTypes.StatusEvent;
import org.virtualhall.client.api.ApiTypes.SubmissionView;
import org.virtualhall.client.api.ApiTypes.SupplementRequest;
import org.virtualhall.client.api.ApiTypes.Upload;
import org.virtualhall.client.testing.TestCatalog;
import org.virtualhall.model.catalog.Item;

/** 一次性告知补正 on the citizen's side: what the window asked for, and the files handed in for it. */
class SupplementTests {

    private static final String NOTE = "请一次性补齐以下材料：1. 户口簿（主件，原件1份：本人户口簿）；2. 近期免冠照片（附件，原件1份）；说明：可到窗口拍照";

    private final Item item = TestCatalog.idCardReissue();

    @TempDir
    Path dir;

    @Test
    void aCorrectionListsTheItemsMaterialsTheNoteAsksFor() {
        Correction c = Correction.of(view("CORRECTION_REQUESTED", asked()), item).orElseThrow();

        assertThat(c.note()).isEqualTo(NOTE);
        assertThat(c.requested()).containsExactly("户口簿", "近期免冠照片");
        assertThat(c.supplied()).isFalse();
    }

    @Test
    void onlyASubmissionInCorrectionHasOne() {
        assertThat(Correction.of(view("ACCEPTED_FOR_PROCESSING", asked()), item)).isEmpty();
        assertThat(Correction.of(view("DELIVERED"), item)).isEmpty();
    }

    @Test
    void materialsHandedInAfterTheRequestAreSeen() {
        StatusEvent handedIn = new StatusEvent("2026-11-23T11:00:00Z", "已提交补正材料", "补交材料：户口簿.pdf", "CORRECTION_REQUESTED");
        assertThat(Correction.of(view("CORRECTION_REQUESTED", asked(), handedIn), item).orElseThrow().supplied()).isTrue();
        assertThat(Correction.of(view("CORRECTION_REQUESTED", handedIn, asked()), item).orElseThrow().supplied())
                .as("a second request after the first supplement waits again").isFalse();
    }

    @Test
    void materialsTurnedBackInsideCanBeHandedInAgain() {
        StatusEvent handedIn = new StatusEvent("2026-11-23T11:00:00Z", "已提交补正材料", "补交材料：户口簿.pdf", "CORRECTION_REQUESTED");
        StatusEvent notTaken = new StatusEvent("2026-11-23T11:00:05Z", "补正材料未被接收", "补交的材料未能交到办件", null);
        StatusEvent again = new StatusEvent("2026-11-23T11:30:00Z", "已提交补正材料", "补交材料：户口簿.pdf", "CORRECTION_REQUESTED");

        assertThat(Correction.of(view("CORRECTION_REQUESTED", asked(), handedIn, notTaken), item).orElseThrow().supplied())
                .isFalse();
        assertThat(Correction.of(view("CORRECTION_REQUESTED", asked(), handedIn, notTaken, again), item).orElseThrow()
                .supplied()).isTrue();
    }

    @Test
    void aNoteThatNamesNoMaterialOfTheItemAsksForOneGenericSupplement() {
        StatusEvent vague = new StatusEvent("2026-11-23T10:00:00Z", "一次性告知补正", "请补交清晰的复印件", "CORRECTION_REQUESTED");
        Correction c = Correction.of(view("CORRECTION_REQUESTED", vague), item).orElseThrow();

        assertThat(c.requested()).isEmpty();
        assertThat(new SupplementDraft(c.requested()).toRequest("").materials()).extracting(Upload::name)
                .containsExactly("补正材料.pdf");
    }

    @Test
    void everyRequestedMaterialGoesInNamedAfterItAsTheChosenFileOrASample() throws Exception {
        Path photo = dir.resolve("IMG_0042.png");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};
        Files.write(photo, png);
        SupplementDraft draft = new SupplementDraft(List.of("《户口簿》", "近期免冠照片"));
        draft.choose("近期免冠照片", photo);

        SupplementRequest request = draft.toRequest("");

        assertThat(request.materials()).extracting(Upload::name).containsExactly("户口簿.pdf", "近期免冠照片.png");
        assertThat(request.materials().get(1).contentType()).isEqualTo("image/png");
        assertThat(Base64.getDecoder().decode(request.materials().get(1).base64())).isEqualTo(png);
        assertThat(new String(Base64.getDecoder().decode(request.materials().get(0).base64()))).startsWith("%PDF-");
    }

    @Test
    void aFileForAMaterialNotAskedForIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "x");
        assertThatThrownBy(() -> new SupplementDraft(List.of("户口簿")).choose("结婚证", file)).hasMessageContaining("结婚证");
    }

    @Test
    void fileNamesKeepWhatTheGatewayAccepts() {
        assertThat(SupplementDraft.fileName("《居民身份证申领登记表》")).isEqualTo("居民身份证申领登记表");
        assertThat(SupplementDraft.fileName("身份证/户口簿:复印件")).isEqualTo("身份证_户口簿_复印件");
        assertThat(SupplementDraft.fileName("材".repeat(120))).hasSize(90);
    }

    private static StatusEvent asked() {
        return new StatusEvent("2026-11-23T10:00:00Z", "一次性告知补正", NOTE, "CORRECTION_REQUESTED");
    }

    private static SubmissionView view(String status, StatusEvent... events) {
        return new SubmissionView("R1", TestCatalog.ID_CARD_REISSUE, status, List.of(events));
    }
}
