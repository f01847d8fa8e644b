package org.virtualhall.gateway.outer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.virtualhall.gateway.support.Applicants;
import org.virtualhall.gateway.support.HallClient;
import org.virtualhall.model.submission.Applicant;
import org.virtualhall.model.validation.IdCardNumber;

/** The catalogue of hostile and broken submissions; each must be refused with a reason. */
final class BadInputs {

    static final Applicant WHO = Applicants.applicant(7);

    /** One bad request: a name, the raw body, the token to use ("good", or a forged one) and the field expected at fault. */
    record Case(String name, byte[] body, String token, String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    private BadInputs() {
    }

    static List<Case> all(String goodToken, Map<String, String> badTokens) {
        List<Case> cases = new ArrayList<>();
        malformed(cases, goodToken);
        badTokens.forEach((name, token) -> cases.add(new Case("token: " + name, json(good()), token, "Authorization")));
        wrongTypes(cases, goodToken);
        form(cases, goodToken);
        materials(cases, goodToken);
        content(cases, goodToken);
        return cases;
    }

    private static void malformed(List<Case> cases, String token) {
        String[] bodies = {"", "{", "[", "null", "123", "\"text\"", "{\"itemCode\":}", "{}x", "{'itemCode':'ZW901'}",
            "{\"itemCode\":\"ZW901\",}", "{\"itemCode\" \"ZW901\"}", "{\"a\":NaN}", "[1,2,3]", "{\"itemCode\":\"ZW901\"",
            "\u0000\u0001"};
        for (String b : bodies) {
            cases.add(new Case("malformed: " + b.replaceAll("\\p{Cntrl}", "?"), b.getBytes(StandardCharsets.UTF_8), token, null));
        }
        byte[][] invalidUtf8 = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xE4, (byte) 0xB8}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}};
        for (int i = 0; i < invalidUtf8.length; i++) {
            String before = "{\"itemCode\":\"ZW901\",\"form\":{\"address\":\"";
            byte[] head = before.getBytes(StandardCharsets.UTF_8);
            byte[] tail = "\"}}".getBytes(StandardCharsets.UTF_8);
            byte[] body = new byte[head.length + invalidUtf8[i].length + tail.length];
            System.arraycopy(head, 0, body, 0, head.length);
            System.arraycopy(invalidUtf8[i], 0, body, head.length, invalidUtf8[i].length);
            System.arraycopy(tail, 0, body, head.length + invalidUtf8[i].length, tail.length);
            cases.add(new Case("invalid UTF-8 #" + i, body, token, null));
        }
        for (int depth : new int[] {9, 16, 64, 512, 5000}) {
            cases.add(new Case("nesting " + depth, ("{\"form\":" + "[".repeat(depth) + "]".repeat(depth) + "}")
                    .getBytes(StandardCharsets.UTF_8), token, null));
        }
        cases.add(new Case("50 MB body", big(50), token, null));
        cases.add(new Case("27 MB body", big(27), token, null));
    }

    private static void wrongTypes(List<Case> cases, String token) {
        Object[][] swaps = {{"itemCode", 42}, {"itemCode", List.of("ZW901")}, {"itemCode", Map.of("a", 1)},
            {"applicant", "张三"}, {"applicant", List.of()}, {"applicant", 1}, {"form", List.of("居住")}, {"form", "居住"},
            {"materials", Map.of("name", "a.pdf")}, {"materials", "a.pdf"}, {"materials", List.of("a.pdf")},
            {"materials", List.of(Map.of("name", List.of(), "contentType", "application/pdf", "base64", "JVBERi0="))},
            {"form", Map.of("reason", Map.of("x", 1))}, {"form", Map.of("reason", List.of("居住"))},
            {"unexpected", "field"}, {"applicant", Map.of("name", "张三", "idNumber", WHO.idNumber(), "mobile", WHO.mobile(), "age", 3)}};
        for (Object[] swap : swaps) {
            Map<String, Object> s = good();
            s.put((String) swap[0], swap[1]);
            cases.add(new Case("wrong type: " + swap[0] + "=" + swap[1], json(s), token, (String) swap[0]));
        }
    }

    private static void form(List<Case> cases, String token) {
        String[][] itemCodes = {{"itemCode", ""}, {"itemCode", "zw901"}, {"itemCode", "ZW9011"}, {"itemCode", "XX999"},
            {"itemCode", "ZW902"}, {"itemCode", "../ZW901"}};
        for (String[] c : itemCodes) {
            cases.add(with("item " + c[1], token, "itemCode", s -> s.put("itemCode", c[1])));
        }
        String[][] fields = {{"reason", null}, {"address", null}, {"reason", "旅游"}, {"reason", ""},
            {"startDate", "2024-13-01"}, {"startDate", "20240101"}, {"startDate", "昨天"}, {"persons", "三"},
            {"persons", "1e5"}, {"persons", "12345678901234567"}, {"contact", "12345"}, {"contact", "2381234567a"},
            {"company", "91330100MA27XXXXX"}, {"company", "123"}, {"address", "青".repeat(101)}, {"remark", "备".repeat(501)},
            {"guardianId", "33010219900101123"}, {"guardianId", "abc"}, {"unknownKey", "x"}, {"idNumber", "x"}};
        for (String[] f : fields) {
            cases.add(with("form " + f[0] + "=" + f[1], token, "form." + f[0], s -> form(s).put(f[0], f[1])));
        }
        for (int i = 0; i < 10; i++) {
            String id = Applicants.idNumber(300 + i);
            char wrong = "0123456789X".charAt((("0123456789X".indexOf(id.charAt(17))) + 1 + i % 10) % 11);
            String bad = id.substring(0, 17) + wrong;
            if (IdCardNumber.isValid(bad)) {
                continue;
            }
            cases.add(with("guardian ID check digit " + bad, token, "form.guardianId", s -> form(s).put("guardianId", bad)));
        }
        cases.add(with("applicant id of someone else", token, "applicant.idNumber",
                s -> s.put("applicant", Applicants.applicant(8))));
        cases.add(with("applicant missing", token, "applicant", s -> s.remove("applicant")));
        cases.add(with("applicant name differs", token, "applicant.name",
                s -> s.put("applicant", new Applicant("李四", WHO.idNumber(), WHO.mobile()))));
        cases.add(with("applicant mobile differs", token, "applicant.mobile",
                s -> s.put("applicant", new Applicant(WHO.name(), WHO.idNumber(), "13900000000"))));
    }

    private static void materials(List<Case> cases, String token) {
        String pdf = b64(HallClient.PDF);
        String[] names = {"../../etc/passwd.pdf", "..\\..\\windows\\system32.pdf", "/etc/shadow.pdf", "a/b.pdf", "C:\\x.pdf",
            ".hidden.pdf", "a\u0000.pdf", "line\nbreak.pdf", "name*?.pdf", "", "很长".repeat(60) + ".pdf", "report.exe",
            "申请表.pdf.exe", "a|b.pdf"};
        for (String n : names) {
            cases.add(with("material name " + n.replaceAll("\\p{Cntrl}", "?"), token, "materials[0].name",
                    s -> s.put("materials", List.of(material(n, "application/pdf", pdf)))));
        }
        Object[][] contents = {
            {"exe as pdf", "申请表.pdf", "application/pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0}},
            {"elf as pdf", "申请表.pdf", "application/pdf", new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1}},
            {"class as pdf", "申请表.pdf", "application/pdf", new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE}},
            {"script as txt", "说明.txt", "text/plain", "#!/bin/sh\nrm -rf /\n".getBytes()},
            {"zip as png", "照片.png", "image/png", new byte[] {'P', 'K', 3, 4, 20, 0}},
            {"jpeg as png", "照片.png", "image/png", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}},
            {"png as jpeg", "照片.jpg", "image/jpeg", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}},
            {"html as pdf", "申请表.pdf", "application/pdf", "<html><script>x</script></html>".getBytes()},
            {"binary as txt", "说明.txt", "text/plain", new byte[] {'a', 0, 'b'}},
            {"latin1 as txt", "说明.txt", "text/plain", new byte[] {(byte) 0xE9, 't', (byte) 0xE9}},
            {"pdf named jpg", "申请表.jpg", "application/pdf", HallClient.PDF},
        };
        for (Object[] c : contents) {
            cases.add(with("material " + c[0], token, null,
                    s -> s.put("materials", List.of(material((String) c[1], (String) c[2], b64((byte[]) c[3]))))));
        }
        for (String type : new String[] {"application/x-msdownload", "text/html", "image/svg+xml", "application/zip", "", "PDF"}) {
            cases.add(with("material type " + type, token, "materials[0].contentType",
                    s -> s.put("materials", List.of(material("申请表.pdf", type, pdf)))));
        }
        for (String b : new String[] {"not base64!", "JVBER@@", "====", ""}) {
            cases.add(with("material base64 " + b, token, "materials[0].base64",
                    s -> s.put("materials", List.of(material("申请表.pdf", "application/pdf", b)))));
        }
        List<Object> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(material("申请表" + i + ".pdf", "application/pdf", pdf));
        }
        cases.add(with("11 materials", token, "materials", s -> s.put("materials", eleven)));
        byte[] large = new byte[11 * 1024 * 1024];
        System.arraycopy(HallClient.PDF, 0, large, 0, HallClient.PDF.length);
        cases.add(with("11 MB material", token, "materials[0].base64",
                s -> s.put("materials", List.of(material("大文件.pdf", "application/pdf", b64(large))))));
    }

    private static void content(List<Case> cases, String token) {
        for (String marker : new String[] {"涉密", "机密", "绝密", "秘密"}) {
            cases.add(with("marker in address " + marker, token, "form.address", s -> form(s).put("address", "青溪县" + marker + "档案室")));
            cases.add(with("marker in remark " + marker, token, "form.remark", s -> form(s).put("remark", "本材料属" + marker + "级")));
            cases.add(with("marker in material name " + marker, token, "materials[0].name",
                    s -> s.put("materials", List.of(material(marker + "文件.pdf", "application/pdf", b64(HallClient.PDF))))));
        }
        cases.add(with("marker in text material", token, "materials[0].base64", s -> s.put("materials",
                List.of(material("说明.txt", "text/plain", b64("此件绝密，请勿外传".getBytes(StandardCharsets.UTF_8)))))));
        String[] markup = {"<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)",
            "<iframe src=//evil>", "&#60;script&#62;", "<svg/onload=alert(1)>", "<a href='x'>点我</a>", "${jndi:ldap://x/a}",
            "<%= 7*7 %>", "<!-- 注释 -->", "</textarea><b>", "vbscript:msgbox", "data:text/html;base64,PHNjcmlwdD4=",
            "<SCRIPT SRC=//x.js>", "onclick = steal()"};
        for (String m : markup) {
            cases.add(with("markup in remark " + m, token, "form.remark", s -> form(s).put("remark", "备注" + m)));
        }
        cases.add(with("markup in title", token, "form.title", s -> form(s).put("title", "<b>标题</b>")));
        for (String c : new String[] {"\u0007", "\u001B[31m", "\u202E", "\u200B", "\r"}) {
            cases.add(with("control char U+" + Integer.toHexString(c.charAt(0)), token, "form.address",
                    s -> form(s).put("address", "青溪县" + c + "大道")));
        }
        for (String w : new String[] {"办假证", "代开发票", "信用卡套现", "出售身份证", "网络 赌博"}) {
            cases.add(with("sensitive word " + w, token, "form.remark", s -> form(s).put("remark", "可以" + w + "吗")));
        }
    }

    private static Case with(String name, String token, String field, Consumer<Map<String, Object>> change) {
        Map<String, Object> s = good();
        change.accept(s);
        return new Case(name, json(s), token, field);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> form(Map<String, Object> s) {
        return (Map<String, Object>) s.get("form");
    }

    static Map<String, Object> good() {
        return new LinkedHashMap<>(HallClient.goodSubmission(WHO));
    }

    private static Map<String, String> material(String name, String type, String base64) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("contentType", type);
        m.put("base64", base64);
        return m;
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] big(int megabytes) {
        byte[] body = new byte[megabytes * 1024 * 1024];
        java.util.Arrays.fill(body, (byte) ' ');
        body[0] = '{';
        body[body.length - 1] = '}';
        return body;
    }

    static byte[] json(Object value) {
        try {
            return org.virtualhall.model.json.HallJson.wire().writeValueAsBytes(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
