package org.virtualhall.gateway.outer.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.virtualhall.gateway.support.Applicants;
import org.virtualhall.gateway.support.AuthApi;
import org.virtualhall.gateway.support.GatewayCluster;
import org.virtualhall.gateway.support.MovableClock;
import org.virtualhall.launch.http.Answer;
import org.virtualhall.launch.http.SmsOutbox;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.submission.Applicant;

/**
 * Signing in with an SMS code on a real outer role, trying every way in that is not the right one: no code, a
 * wrong, used, replaced or expired code, guessing, asking too often, and another mobile for a bound ID number. The
 * role's clock is moved instead of waited for; each test asks from an address of its own.
 */
@ExtendWith(OutputCaptureExtension.class)
class SmsSignInTests {

    static final int ADDRESS_CAP = 30;

    @TempDir
    static Path home;
    static ConfigurableApplicationContext outer;
    static final MovableClock CLOCK = new MovableClock(Instant.now());
    static AuthApi api;
    static SmsOutbox phone;

    @BeforeAll
    static void start() {
        outer = GatewayCluster.runRole("outer", home, "http://127.0.0.1:9", List.of(
                "--hall.gateway.outer.auth.sms.resend-interval=60s",
                "--hall.gateway.outer.auth.sms.per-mobile-per-day=10",
                "--hall.gateway.outer.auth.sms.per-address-per-day=" + ADDRESS_CAP,
                "--logging.level.org.virtualhall.gateway=INFO"), CLOCK);
        api = new AuthApi(GatewayCluster.baseUrl(outer));
        phone = new SmsOutbox(home.resolve("outer/sms-outbox.jsonl"));
    }

    @AfterAll
    static void stop() {
        outer.close();
    }

    @Test
    void theCodeGoesToTheMobileOnlyItsHashIsKeptAndItGetsASession() throws Exception {
        Applicant zhang = Applicants.applicant(20_001);
        Instant asked = CLOCK.instant();
        JsonNode sent = ok(api.smsCode(zhang.mobile(), "203.0.113.1"), 202);
        assertThat(Instant.parse(sent.path("expiresAt").asText())).isEqualTo(asked.plus(Duration.ofMinutes(5)));
        assertThat(Instant.parse(sent.path("resendAfter").asText())).isEqualTo(asked.plusSeconds(60));

        JsonNode line = lastOutboxLine();
        String code = line.path("code").asText();
        assertThat(code).matches("\\d{6}");
        assertThat(line.path("mobile").asText()).isEqualTo(zhang.mobile());
        assertThat(Instant.parse(line.path("at").asText())).isEqualTo(asked);
        assertThat(line.path("text").asText()).isEqualTo("【青溪县政务服务】您的验证码为" + code + "，5分钟内有效。请勿告诉他人。");
        Map<String, Object> stored = jdbc().queryForMap("SELECT * FROM sms_code WHERE mobile = ?", zhang.mobile());
        assertThat(stored.values()).as("the code is never stored").noneMatch(v -> String.valueOf(v).contains(code));
        assertThat(stored.get("code_hash").toString()).hasSize(64);

        JsonNode session = ok(api.token(zhang, code, "203.0.113.1"), 200);
        assertThat(Instant.parse(session.path("expiresAt").asText()))
                .isBetween(asked.plus(Duration.ofMinutes(30)).minusSeconds(1), asked.plus(Duration.ofMinutes(30)));
        assertThat(Instant.parse(session.path("refreshExpiresAt").asText())).isEqualTo(asked.plus(Duration.ofDays(7)));
        assertThat(session.path("refreshToken").asText()).startsWith("r1.");
        assertThat(ok(api.mine(session.path("token").asText()), 200).path("total").asLong()).isZero();
    }

    @Test
    void theOldFormWithoutACodeIsRefused() {
        Applicant li = Applicants.applicant(20_002);
        refused(api.token(li, null, "203.0.113.2"), 400, "missing_field", "code");
        refused(api.token(li, " ", "203.0.113.2"), 400, "missing_field", "code");
    }

    @Test
    void badInputNamesItsField() {
        refused(api.smsCode("12345", "203.0.113.3"), 400, "invalid_mobile", "mobile");
        refused(api.smsCode(null, "203.0.113.3"), 400, "missing_field", "mobile");
        Applicant good = Applicants.applicant(20_003);
        refused(api.token(new Applicant("X", good.idNumber(), good.mobile()), "123456", "203.0.113.3"), 400, "invalid_name",
                "name");
        String wrongCheckDigit = good.idNumber().substring(0, 17) + (good.idNumber().endsWith("0") ? "1" : "0");
        refused(api.token(new Applicant(good.name(), wrongCheckDigit, good.mobile()), "123456", "203.0.113.3"), 400,
                "invalid_id_number", "idNumber");
        refused(api.token(new Applicant(good.name(), good.idNumber(), "2345"), "123456", "203.0.113.3"), 400,
                "invalid_mobile", "mobile");
    }

    @Test
    void aUsedCodeCannotBeUsedAgain() throws Exception {
        Applicant wang = Applicants.applicant(20_004);
        String code = code(wang, "203.0.113.4");
        ok(api.token(wang, code, "203.0.113.4"), 200);

        refused(api.token(wang, code, "203.0.113.4"), 401, "invalid_code", "code");
    }

    @Test
    void aCodeHoldsForFiveMinutes() throws Exception {
        Applicant zhao = Applicants.applicant(20_005);
        String code = code(zhao, "203.0.113.5");
        CLOCK.advance(Duration.ofMinutes(5).plusSeconds(1));

        refused(api.token(zhao, code, "203.0.113.5"), 401, "expired_code", "code");
    }

    @Test
    void aNewCodeReplacesTheOneBefore() throws Exception {
        Applicant qian = Applicants.applicant(20_006);
        String first = code(qian, "203.0.113.6");
        CLOCK.advance(Duration.ofSeconds(61));
        String second = code(qian, "203.0.113.6");

        refused(api.token(qian, first.equals(second) ? flip(first) : first, "203.0.113.6"), 401, "invalid_code", "code");
        ok(api.token(qian, second, "203.0.113.6"), 200);
    }

    @Test
    void fiveWrongCodesLockTheMobileForFifteenMinutes() throws Exception {
        Applicant sun = Applicants.applicant(20_007);
        String code = code(sun, "203.0.113.7");
        for (int i = 1; i <= 5; i++) {
            JsonNode wrong = refused(api.token(sun, flip(code), "203.0.113.7"), 401, "invalid_code", "code");
            assertThat(wrong.path("reason").asText()).contains(i < 5 ? "还可再试" + (5 - i) + "次" : "已锁定");
        }
        Answer locked = api.token(sun, code, "203.0.113.7");
        assertThat(refused(locked, 429, "locked", "mobile").path("retryAfter").asLong()).isEqualTo(900);
        assertThat(locked.headers().firstValue("Retry-After")).hasValue("900");

        CLOCK.advance(Duration.ofMinutes(14));
        refused(api.token(sun, code, "203.0.113.7"), 429, "locked", "mobile");
        CLOCK.advance(Duration.ofMinutes(1));
        ok(api.token(sun, code(sun, "203.0.113.7"), "203.0.113.7"), 200);
    }

    @Test
    void guessesSentAllAtOnceGetNoMoreThanFiveTries() throws Exception {
        Applicant zhou = Applicants.applicant(20_008);
        String code = code(zhou, "203.0.113.8");
        List<Callable<Answer>> guesses = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            guesses.add(() -> api.token(zhou, flip(code), "203.0.113.8"));
        }
        ExecutorService attackers = Executors.newFixedThreadPool(12);
        List<Integer> statuses = new ArrayList<>();
        for (Future<Answer> f : attackers.invokeAll(guesses)) {
            statuses.add(f.get().status());
        }
        attackers.shutdown();

        assertThat(statuses.stream().filter(s -> s == 401).count()).as("codes checked").isEqualTo(5);
        assertThat(statuses.stream().filter(s -> s == 429).count()).isEqualTo(19);
        refused(api.token(zhou, code, "203.0.113.8"), 429, "locked", "mobile");
    }

    @Test
    void oneCodeAMinuteForAMobile() throws Exception {
        Applicant wu = Applicants.applicant(20_009);
        ok(api.smsCode(wu.mobile(), "203.0.113.9"), 202);
        Answer again = api.smsCode(wu.mobile(), "203.0.113.10");
        JsonNode body = refused(again, 429, "too_many_requests", "mobile");
        assertThat(body.path("retryAfter").asLong()).isEqualTo(60);
        assertThat(again.headers().firstValue("Retry-After")).hasValue("60");
        assertThat(body.path("reason").asText()).contains("60秒");

        CLOCK.advance(Duration.ofSeconds(30));
        assertThat(refused(api.smsCode(wu.mobile(), "203.0.113.9"), 429, "too_many_requests", "mobile")
                .path("retryAfter").asLong()).isEqualTo(30);
        CLOCK.advance(Duration.ofSeconds(30));
        ok(api.smsCode(wu.mobile(), "203.0.113.9"), 202);
    }

    @Test
    void tenCodesADayForAMobileUntilMidnightInBeijing() throws Exception {
        Applicant zheng = Applicants.applicant(20_010);
        toTheStartOfABeijingDay();
        for (int i = 0; i < 10; i++) {
            ok(api.smsCode(zheng.mobile(), "203.0.113.11"), 202);
            CLOCK.advance(Duration.ofSeconds(61));
        }
        Answer over = api.smsCode(zheng.mobile(), "203.0.113.11");
        JsonNode body = refused(over, 429, "too_many_requests", "mobile");
        assertThat(body.path("reason").asText()).contains("10次");
        long untilMidnight = Duration.between(CLOCK.instant(), nextBeijingMidnight()).toSeconds();
        assertThat(body.path("retryAfter").asLong()).isBetween(untilMidnight, untilMidnight + 1);

        CLOCK.advance(Duration.ofSeconds(untilMidnight + 1));
        ok(api.smsCode(zheng.mobile(), "203.0.113.11"), 202);
    }

    @Test
    void kiosksBehindOneAddressShareADailyCap() throws Exception {
        toTheStartOfABeijingDay();
        for (int i = 0; i < ADDRESS_CAP; i++) {
            ok(api.smsCode(Applicants.applicant(21_000 + i).mobile(), "198.51.100.1"), 202);
        }
        JsonNode over = refused(api.smsCode(Applicants.applicant(21_100).mobile(), "198.51.100.1"), 429,
                "too_many_requests", null);
        assertThat(over.path("reason").asText()).contains("网络地址");

        ok(api.smsCode(Applicants.applicant(21_100).mobile(), "198.51.100.2"), 202);
    }

    @Test
    void anIdNumberStaysWithTheMobileOfItsFirstSignIn() throws Exception {
        Applicant first = Applicants.applicant(20_011);
        ok(api.token(first, code(first, "203.0.113.12"), "203.0.113.12"), 200);

        Applicant otherPhone = new Applicant(first.name(), first.idNumber(), "13912345611");
        JsonNode mismatch = refused(api.token(otherPhone, code(otherPhone, "203.0.113.12"), "203.0.113.12"), 401,
                "mobile_mismatch", "mobile");
        assertThat(mismatch.path("reason").asText()).isEqualTo("该身份证号已绑定其他手机号，请使用原手机号登录或到大厅窗口办理变更");

        CLOCK.advance(Duration.ofSeconds(61));
        ok(api.token(first, code(first, "203.0.113.12"), "203.0.113.12"), 200);
    }

    @Test
    void someoneWhoKnowsNameIdNumberAndMobileButHasNotThePhoneGetsNoToken() throws Exception {
        Applicant victim = Applicants.applicant(20_012);
        ok(api.token(victim, code(victim, "203.0.113.13"), "203.0.113.13"), 200);
        CLOCK.advance(Duration.ofSeconds(61));

        refused(api.token(victim, null, "192.0.2.66"), 400, "missing_field", "code");
        ok(api.smsCode(victim.mobile(), "192.0.2.66"), 202);
        String onTheVictimsPhone = phone.takeCode(victim.mobile()).orElseThrow();
        int checked = 0;
        for (int guess = 0; guess < 40; guess++) {
            String code = String.format("%06d", guess);
            if (code.equals(onTheVictimsPhone)) {
                continue;
            }
            Answer a = api.token(victim, code, "192.0.2.66");
            assertThat(a.status()).as(a.body()).isIn(401, 429);
            checked += a.status() == 401 ? 1 : 0;
        }
        assertThat(checked).as("guesses checked before the lock").isEqualTo(5);

        Applicant withOwnPhone = new Applicant(victim.name(), victim.idNumber(), "13700000666");
        refused(api.token(withOwnPhone, code(withOwnPhone, "192.0.2.66"), "192.0.2.66"), 401, "mobile_mismatch", "mobile");
    }

    @Test
    void logsShowNeitherTheCodeNorTheWholeIdNumberOrMobile(CapturedOutput output) throws Exception {
        Applicant feng = Applicants.applicant(20_013);
        String code = code(feng, "203.0.113.14");
        refused(api.token(feng, flip(code), "203.0.113.14"), 401, "invalid_code", "code");
        ok(api.token(feng, code, "203.0.113.14"), 200);

        assertThat(output.getOut()).contains(Masks.idNumber(feng.idNumber())).contains(Masks.mobile(feng.mobile()))
                .doesNotContain(feng.idNumber()).doesNotContain(feng.mobile()).doesNotContain(code);
    }

    @Test
    void countersTellCodesSentSignInsAndRefusalsByReason() throws Exception {
        Applicant chen = Applicants.applicant(20_014);
        String code = code(chen, "203.0.113.15");
        refused(api.token(chen, flip(code), "203.0.113.15"), 401, "invalid_code", "code");
        ok(api.token(chen, code, "203.0.113.15"), 200);
        refused(api.smsCode(chen.mobile(), "203.0.113.15"), 429, "too_many_requests", "mobile");

        String metrics = api.get("/actuator/prometheus", null).body();
        assertThat(metrics).containsPattern("hall_auth_codes_sent_total\\{gateway=\"outbox\"[^}]*} [1-9]")
                .containsPattern("hall_auth_sign_ins_total(\\{[^}]*})? [1-9]")
                .containsPattern("hall_auth_refusals_total\\{[^}]*reason=\"invalid_code\"[^}]*} [1-9]")
                .containsPattern("hall_auth_refusals_total\\{[^}]*reason=\"resend_interval\"[^}]*} [1-9]");
    }

    /** Asks for a code for the applicant's mobile and reads it off the phone. */
    private static String code(Applicant who, String address) throws Exception {
        ok(api.smsCode(who.mobile(), address), 202);
        return phone.takeCode(who.mobile()).orElseThrow();
    }

    private static JsonNode lastOutboxLine() throws Exception {
        List<String> lines = Files.readAllLines(home.resolve("outer/sms-outbox.jsonl"));
        return HallJson.wire().readTree(lines.get(lines.size() - 1));
    }

    /** Another six digits than {@code code}. */
    private static String flip(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }

    /** Moves the clock to just after the next midnight in Beijing, so a day's sends all fall in one day. */
    private static void toTheStartOfABeijingDay() {
        CLOCK.advance(Duration.between(CLOCK.instant(), nextBeijingMidnight()).plusSeconds(1));
    }

    private static Instant nextBeijingMidnight() {
        ZoneId beijing = ZoneId.of("Asia/Shanghai");
        return LocalDate.ofInstant(CLOCK.instant(), beijing).plusDays(1).atStartOfDay(beijing).toInstant();
    }

    private static JdbcTemplate jdbc() {
        return outer.getBean(JdbcTemplate.class);
    }

    static JsonNode ok(Answer a, int status) {
        assertThat(a.status()).as(a.request() + " " + a.body()).isEqualTo(status);
        return a.json();
    }

    static JsonNode refused(Answer a, int status, String error, String field) {
        assertThat(a.status()).as(a.request() + " " + a.body()).isEqualTo(status);
        JsonNode body = a.json();
        assertThat(body.path("error").asText()).as(a.body()).isEqualTo(error);
        assertThat(body.path("reason").asText()).as(a.body()).isNotBlank();
        if (field == null) {
            assertThat(body.has("field")).as(a.body()).isFalse();
        } else {
            assertThat(body.path("field").asText()).as(a.body()).isEqualTo(field);
        }
        return body;
    }
}
