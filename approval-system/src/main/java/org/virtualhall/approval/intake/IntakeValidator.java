package org.virtualhall.approval.intake;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.virtualhall.approval.catalog.Catalog;
import org.virtualhall.approval.catalog.CodeTables;
import org.virtualhall.approval.system.ApprovalProperties;
import org.virtualhall.approval.system.InvalidInputException;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.validation.IdCardNumber;
import org.virtualhall.model.validation.MobileNumber;

/** Checks an intake request field by field; the first problem is thrown naming its field. */
@Component
class IntakeValidator {

    private static final Pattern RECEIPT = Pattern.compile("[A-Za-z0-9-]{6,64}");
    private static final Pattern REGION = Pattern.compile("\\d{12}");

    private final Catalog catalog;
    private final CodeTables codes;
    private final long maxMaterialBytes;

    IntakeValidator(Catalog catalog, CodeTables codes, ApprovalProperties properties) {
        this.catalog = catalog;
        this.codes = codes;
        this.maxMaterialBytes = properties.intake().maxMaterialBytes();
    }

    ValidIntake check(IntakeRequest r) {
        if (r == null) {
            fail(null, "申请为空");
        }
        require("sbh", r.sbh());
        if (!RECEIPT.matcher(r.sbh()).matches()) {
            fail("sbh", "申报号只能由 6-64 位字母、数字和连字符组成");
        }
        Item item = item(r);
        applicant(r.sqr());
        require("sbsj", r.sbsj());
        Instant submittedAt = instant(r.sbsj());
        require("ly", r.ly());
        return new ValidIntake(r, item, FormCheck.check(item, r.bdsj()), materials(r.cl()), submittedAt);
    }

    private Item item(IntakeRequest r) {
        require("sxbm", r.sxbm());
        String code = codes.itemOf(r.sxbm())
                .orElseThrow(() -> new InvalidInputException("sxbm", "事项编码 " + r.sxbm() + " 不在对照表中"));
        Item item = catalog.item(code)
                .orElseThrow(() -> new InvalidInputException("sxbm", "事项 " + code + " 未在本系统发布"));
        require("bmbm", r.bmbm());
        String department = codes.departmentInner(item.department()).orElse(null);
        if (!r.bmbm().equals(department)) {
            fail("bmbm", "部门编码 " + r.bmbm() + " 与事项「" + item.name() + "」的主办部门不符");
        }
        require("xzqh", r.xzqh());
        if (!REGION.matcher(r.xzqh()).matches() || !codes.knowsRegion(r.xzqh())) {
            fail("xzqh", "行政区划代码 " + r.xzqh() + " 不是本系统受理的12位区划代码");
        }
        return item;
    }

    private static void applicant(IntakeRequest.Sqr sqr) {
        if (sqr == null) {
            fail("sqr", "缺少申请人信息");
        }
        require("sqr.xm", sqr.xm());
        if (sqr.xm().length() > 64) {
            fail("sqr.xm", "姓名过长");
        }
        require("sqr.zjhm", sqr.zjhm());
        IdCardNumber.problem(sqr.zjhm()).ifPresent(p -> fail("sqr.zjhm", "身份证号码" + p));
        require("sqr.sjhm", sqr.sjhm());
        MobileNumber.problem(sqr.sjhm()).ifPresent(p -> fail("sqr.sjhm", "手机号码" + p));
    }

    private static Instant instant(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("sbsj", "申报时间应为 ISO-8601 时刻（如 2026-03-02T01:30:00Z）");
        }
    }

    List<ValidIntake.Material> materials(List<IntakeRequest.Cl> list) {
        List<ValidIntake.Material> materials = new ArrayList<>();
        for (int i = 0; list != null && i < list.size(); i++) {
            IntakeRequest.Cl cl = list.get(i);
            String at = "cl[" + i + "]";
            if (cl == null) {
                fail(at, "材料为空");
            }
            require(at + ".mc", cl.mc());
            require(at + ".lx", cl.lx());
            require(at + ".sha256", cl.sha256());
            byte[] content = decode(at, cl.nr());
            if (cl.dx() == null || cl.dx() != content.length) {
                fail(at + ".dx", "材料大小与内容不符（内容 " + content.length + " 字节）");
            }
            if (content.length > maxMaterialBytes) {
                fail(at + ".nr", "材料超过 " + maxMaterialBytes + " 字节");
            }
            if (!sha256(content).equalsIgnoreCase(cl.sha256())) {
                fail(at + ".sha256", "材料「" + cl.mc() + "」的 SHA-256 与内容不符");
            }
            materials.add(new ValidIntake.Material(cl.mc(), cl.lx(), content.length, cl.sha256().toLowerCase(), content));
        }
        return materials;
    }

    private static byte[] decode(String at, String base64) {
        require(at + ".nr", base64);
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(at + ".nr", "材料内容不是有效的 base64");
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void require(String field, String value) {
        if (value == null || value.isBlank()) {
            fail(field, "缺少字段 " + field);
        }
    }

    private static void fail(String field, String reason) {
        throw new InvalidInputException(field, reason);
    }
}
