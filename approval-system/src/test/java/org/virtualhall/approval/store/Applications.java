package org.virtualhall.approval.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.virtualhall.approval.catalog.CodeTables;
import org.virtualhall.model.catalog.FormField;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.catalog.Material;
import org.virtualhall.model.hall.Hall;
import org.virtualhall.model.hall.HallLoader;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.validation.IdCardNumber;
import org.virtualhall.model.validation.UnifiedCreditCode;

/**
 * Intake bodies as the inner gateway sends them (docs/contracts.md), for items of the shipped catalog
 * (assets {@code hall/} and {@code codes/}, the same files the system seeds itself from). Form values are
 * made to fit each field of the item, so a test states which item it needs, not what its form holds.
 */
public final class Applications {

    /** The hall as shipped: the store is seeded from the same files when it starts empty. */
    public static final Hall HALL = HallLoader.fromClasspath();
    /** 居民身份证补领: a 承诺件 of 公安局 handled at A03, the hall's busiest kind of case. */
    public static final String ID_CARD_REPLACEMENT = "GA003";

    private static final Map<String, String> INNER_ITEM_CODES = innerCodes("codes/items.yaml");
    private static final Map<String, String> INNER_DEPARTMENT_CODES = innerCodes("codes/departments.yaml");
    private static final String REGION = "330199000000";
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

    public static Item item(String code) {
        return HALL.items().stream().filter(i -> i.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the shipped catalog has no item " + code));
    }

    /** The first shipped item with what a test needs, failing loudly when the catalog no longer has one. */
    public static Item itemWhere(String what, Predicate<Item> need) {
        return HALL.items().stream().filter(need).findFirst()
                .orElseThrow(() -> new IllegalStateException("the shipped catalog has no item that " + what));
    }

    public static List<String> requiredMaterials(Item item) {
        return item.materials().stream().filter(Material::required).map(Material::name).toList();
    }

    /** The approval system's code of a hall item or department (对照表 in assets codes/). */
    public static String innerItemCode(String itemCode) {
        return INNER_ITEM_CODES.get(itemCode);
    }

    public static String innerDepartmentCode(String department) {
        return INNER_DEPARTMENT_CODES.get(department);
    }

    /** 居民身份证补领 (a 承诺件 of 公安局, window A03) with every material it requires. */
    public static Map<String, Object> idCardReplacement(String receipt) {
        return complete(receipt, item(ID_CARD_REPLACEMENT));
    }

    /** 居民身份证补领 handed in with no material at all: every required one is missing, a case for 补正. */
    public static Map<String, Object> idCardReplacementWithoutMaterials(String receipt) {
        return body(receipt, item(ID_CARD_REPLACEMENT));
    }

    /** An intake for {@code item} with every material it requires. */
    public static Map<String, Object> complete(String receipt, Item item) {
        return body(receipt, item, requiredMaterials(item).toArray(String[]::new));
    }

    /** An intake for {@code item} with a form that fits it and the named materials. */
    public static Map<String, Object> body(String receipt, Item item, String... materials) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sbh", receipt);
        body.put("sxbm", innerItemCode(item.code()));
        body.put("bmbm", innerDepartmentCode(item.department()));
        body.put("xzqh", REGION);
        body.put("sqr", Map.of("xm", "张三", "zjhm", idNumber(), "sjhm", "13800138000"));
        body.put("bdsj", form(item));
        List<Map<String, Object>> cl = new ArrayList<>();
        for (String name : materials) {
            cl.add(material(name, ("扫描件：" + name).getBytes(StandardCharsets.UTF_8)));
        }
        body.put("cl", cl);
        body.put("sbsj", "2026-03-02T01:30:00Z");
        body.put("ly", "kiosk-01");
        return body;
    }

    /** A value for every field of the item's form that its checks accept. */
    public static Map<String, Object> form(Item item) {
        Map<String, Object> form = new LinkedHashMap<>();
        item.form().forEach(f -> form.put(f.key(), value(f)));
        return form;
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

    private static String value(FormField field) {
        return switch (field.type()) {
            case SELECT -> field.options().get(0);
            case NUMBER -> "2";
            case DATE -> "2026-03-01";
            case ID_NUMBER -> idNumber();
            case MOBILE -> "13900139000";
            case CREDIT_CODE -> "91330199MA2B3C4D5" + UnifiedCreditCode.checkChar("91330199MA2B3C4D5");
            case ADDRESS -> "青溪县青溪镇人民路1号";
            case TEXT, TEXTAREA -> "青溪";
        };
    }

    private static Map<String, String> innerCodes(String resource) {
        try (InputStream in = Applications.class.getClassLoader().getResourceAsStream(resource)) {
            List<CodeTables.Code> codes = HallJson.data().readValue(in, new TypeReference<List<CodeTables.Code>>() { });
            return codes.stream().collect(Collectors.toMap(CodeTables.Code::outer, CodeTables.Code::inner));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
