package org.virtualhall.approval.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.virtualhall.model.validation.IdCardNumber;

/** Intake bodies as the inner gateway sends them (docs/contracts.md), for the fixture items. */
public final class Applications {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private Applications() {
    }

    public static String receipt() {
        return "SB" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
    }

    public static String idNumber() {
        String first17 = "33019919900101" + String.format("%03d", SEQUENCE.incrementAndGet() % 1000);
        return first17 + IdCardNumber.checkChar(first17);
    }

    /** 居民身份证补领 (GA003, 承诺件 20 days) with the given materials. */
    public static Map<String, Object> idCardReplacement(String receipt, String... materials) {
        return body(receipt, "QXSP-0101-003", "001008001", Map.of("reason", "丢失", "address", "青溪县青溪镇人民路1号"),
                materials);
    }

    public static Map<String, Object> body(String receipt, String itemCode, String department, Map<String, Object> form,
                                           String... materials) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sbh", receipt);
        body.put("sxbm", itemCode);
        body.put("bmbm", department);
        body.put("xzqh", "330199000000");
        body.put("sqr", Map.of("xm", "张三", "zjhm", idNumber(), "sjhm", "13800138000"));
        body.put("bdsj", form);
        List<Map<String, Object>> cl = new ArrayList<>();
        for (String name : materials) {
            cl.add(material(name, ("扫描件：" + name).getBytes(StandardCharsets.UTF_8)));
        }
        body.put("cl", cl);
        body.put("sbsj", "2026-03-02T01:30:00Z");
        body.put("ly", "kiosk-01");
        return body;
    }

    public static Map<String, Object> material(String name, byte[] content) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mc", name);
        m.put("lx", "application/pdf");
        m.put("dx", content.length);
        m.put("sha256", sha256(content));
        m.put("nr", Base64.getEncoder().encodeToString(content));
        return m;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
