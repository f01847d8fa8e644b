package org.virtualhall.gateway.outer.check;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.virtualhall.gateway.outer.intake.IntakeLimits;
import org.virtualhall.gateway.web.Refusal;
import org.virtualhall.model.submission.Attachment;

class MaterialCheckTests {

    private final MaterialCheck check = new MaterialCheck(new IntakeLimits(1_000_000, 8, 3, 1000, 1500,
            List.of("application/pdf", "image/png", "image/jpeg", "text/plain")));

    @Test
    void realFilesOfTheDeclaredTypePass() {
        assertThatCode(() -> check.check(List.of(
                material("申请表.pdf", "application/pdf", "%PDF-1.4 ...".getBytes()),
                material("照片.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}),
                material("说明.txt", "text/plain", "本人自愿申请".getBytes())))).doesNotThrowAnyException();
    }

    @Test
    void anExecutableDisguisedAsAPdfIsRefused() {
        assertThatThrownBy(() -> check.check(List.of(material("申请表.pdf", "application/pdf", new byte[] {'M', 'Z', 0}))))
                .extracting(e -> ((Refusal) e).error()).isEqualTo("executable_material");
    }

    @Test
    void pathTraversalInANameIsRefused() {
        assertThatThrownBy(() -> check.check(List.of(material("../../x.pdf", "application/pdf", "%PDF-".getBytes()))))
                .extracting(e -> ((Refusal) e).field()).isEqualTo("materials[0].name");
    }

    @Test
    void sizesAreLimitedPerFileAndInTotal() {
        byte[] big = new byte[1001];
        System.arraycopy("%PDF-".getBytes(), 0, big, 0, 5);
        assertThatThrownBy(() -> check.check(List.of(material("a.pdf", "application/pdf", big))))
                .extracting(e -> ((Refusal) e).error()).isEqualTo("too_large");
        byte[] half = new byte[800];
        System.arraycopy("%PDF-".getBytes(), 0, half, 0, 5);
        assertThatThrownBy(() -> check.check(List.of(material("a.pdf", "application/pdf", half),
                material("b.pdf", "application/pdf", half)))).extracting(e -> ((Refusal) e).field()).isEqualTo("materials");
    }

    @Test
    void aDeclaredTypeThatTheBytesContradictIsRefused() {
        assertThatThrownBy(() -> check.check(List.of(material("a.png", "image/png", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}))))
                .extracting(e -> ((Refusal) e).error()).isEqualTo("type_mismatch");
    }

    private static Attachment material(String name, String type, byte[] data) {
        return new Attachment(name, type, Base64.getEncoder().encodeToString(data));
    }
}
