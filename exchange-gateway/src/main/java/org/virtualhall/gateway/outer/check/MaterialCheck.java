package org.virtualhall.gateway.outer.check;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.outer.intake.IntakeLimits;
import org.virtualhall.gateway.web.Refusal;
import org.virtualhall.model.submission.Attachment;

/** 格式过滤 of the materials: safe names, allowed types, sizes, and content that is what it claims to be. */
@Component
@Profile("outer")
public class MaterialCheck {

    private static final Pattern SAFE_NAME = Pattern.compile("[^/\\\\:*?\"<>|\\p{Cntrl}]{1,100}");
    private static final Map<String, List<String>> EXTENSIONS = Map.of(
            "application/pdf", List.of(".pdf"),
            "image/jpeg", List.of(".jpg", ".jpeg"),
            "image/png", List.of(".png"),
            "text/plain", List.of(".txt"));

    private final IntakeLimits limits;

    MaterialCheck(IntakeLimits limits) {
        this.limits = limits;
    }

    public void check(List<Attachment> materials) {
        if (materials.size() > limits.maxMaterials()) {
            throw Refusal.badRequest("too_many_materials", "材料最多" + limits.maxMaterials() + "份", "materials");
        }
        long total = 0;
        for (int i = 0; i < materials.size(); i++) {
            total += checkOne(materials.get(i), "materials[" + i + "]");
        }
        if (total > limits.maxTotalMaterialBytes()) {
            throw Refusal.badRequest("too_large", "材料合计超过" + limits.maxTotalMaterialBytes() / (1024 * 1024) + " MB",
                    "materials");
        }
    }

    /** Checks one material and returns its decoded size. */
    private long checkOne(Attachment m, String path) {
        if (m == null) {
            throw Refusal.badRequest("missing_field", "材料不能为空", path);
        }
        checkName(m.name(), path + ".name");
        String type = m.contentType();
        if (type == null || !limits.contentTypes().contains(type)) {
            throw Refusal.badRequest("type_not_allowed", "材料类型只能是：" + String.join("、", limits.contentTypes()),
                    path + ".contentType");
        }
        String lower = m.name().toLowerCase();
        if (EXTENSIONS.getOrDefault(type, List.of()).stream().noneMatch(lower::endsWith)) {
            throw Refusal.badRequest("extension_mismatch", "文件扩展名与声明的类型 " + type + " 不符", path + ".name");
        }
        byte[] data = decode(m.base64(), path + ".base64");
        MagicBytes.executable(data).ifPresent(kind -> {
            throw Refusal.badRequest("executable_material", "材料内容是" + kind + "，不予接收", path + ".base64");
        });
        if (!MagicBytes.matches(type, data)) {
            throw Refusal.badRequest("type_mismatch", "材料内容与声明的类型 " + type + " 不符", path + ".base64");
        }
        return data.length;
    }

    private void checkName(String name, String path) {
        if (name == null || name.isBlank()) {
            throw Refusal.badRequest("missing_field", "材料名称不能为空", path);
        }
        if (!SAFE_NAME.matcher(name).matches() || name.contains("..") || name.startsWith(".")) {
            throw Refusal.badRequest("unsafe_file_name", "材料名称不能含路径、控制字符或特殊符号，且不超过100字", path);
        }
    }

    private byte[] decode(String base64, String path) {
        if (base64 == null || base64.isEmpty()) {
            throw Refusal.badRequest("empty_material", "材料内容为空", path);
        }
        if (base64.length() > limits.maxMaterialBytes() / 3 * 4 + 4) {
            throw tooLarge(path);
        }
        byte[] data;
        try {
            data = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw Refusal.badRequest("invalid_base64", "材料内容不是有效的base64编码", path);
        }
        if (data.length > limits.maxMaterialBytes()) {
            throw tooLarge(path);
        }
        return data;
    }

    private Refusal tooLarge(String path) {
        return Refusal.badRequest("too_large", "单份材料超过" + limits.maxMaterialBytes() / 1024 + " KB", path);
    }
}
