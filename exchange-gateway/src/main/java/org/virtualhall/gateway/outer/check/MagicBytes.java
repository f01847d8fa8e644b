package org.virtualhall.gateway.outer.check;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** What a file really is, by its first bytes, whatever its name and declared type say. */
final class MagicBytes {

    private MagicBytes() {
    }

    /** A description of executable or archive content, which is never accepted as a material. */
    static Optional<String> executable(byte[] data) {
        if (startsWith(data, 'M', 'Z')) {
            return Optional.of("Windows可执行程序");
        }
        if (startsWith(data, 0x7F, 'E', 'L', 'F')) {
            return Optional.of("Linux可执行程序");
        }
        if (startsWith(data, 0xCA, 0xFE, 0xBA, 0xBE) || startsWith(data, 0xCF, 0xFA, 0xED, 0xFE)) {
            return Optional.of("可执行程序或Java类文件");
        }
        if (startsWith(data, '#', '!')) {
            return Optional.of("脚本");
        }
        if (startsWith(data, 'P', 'K', 3, 4)) {
            return Optional.of("压缩包");
        }
        return Optional.empty();
    }

    /** Whether the content is what the declared type claims. */
    static boolean matches(String contentType, byte[] data) {
        return switch (contentType) {
            case "application/pdf" -> startsWith(data, '%', 'P', 'D', 'F', '-');
            case "image/jpeg" -> startsWith(data, 0xFF, 0xD8, 0xFF);
            case "image/png" -> startsWith(data, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
            case "text/plain" -> isUtf8Text(data);
            default -> false;
        };
    }

    static boolean isUtf8Text(byte[] data) {
        for (byte b : data) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] data, int... magic) {
        if (data.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((data[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
