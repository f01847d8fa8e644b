package org.virtualhall.gateway.outer.auth;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.virtualhall.gateway.gap.bundle.Hmac;
import org.virtualhall.gateway.outer.auth.operator.OperatorUnavailable;
import org.virtualhall.gateway.outer.auth.sms.SmsGateway;
import org.virtualhall.gateway.outer.auth.sms.SmsMessage;
import org.virtualhall.gateway.web.Refusal;
import org.virtualhall.model.validation.MobileNumber;

/**
 * 短信验证码: six digits from a {@link SecureRandom}, kept only as a keyed hash, valid for a few minutes and usable
 * once; a new one replaces the one before. Sending is limited per mobile (an interval and a daily cap) and per client
 * address (a daily cap); checking is limited to a few wrong codes, after which the mobile is locked for a while.
 * Every counter is in the database the outer instances share, and every limit's refusal says when to try again.
 */
@Service
@Profile("outer")
class SmsCodes {

    private static final Logger LOG = LoggerFactory.getLogger(SmsCodes.class);
    /** The hall's day: daily caps start again at midnight in Beijing. */
    private static final ZoneId DAY_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(DAY_ZONE);

    private final CodeStore codes;
    private final DailyCaps caps;
    private final WrongCodes tries;
    private final SmsGateway gateway;
    private final SmsProperties props;
    private final AuthMetrics metrics;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final Hmac hmac;
    private final SecureRandom random = new SecureRandom();

    SmsCodes(CodeStore codes, DailyCaps caps, WrongCodes tries, SmsGateway gateway, SmsProperties props,
             AuthProperties auth, AuthMetrics metrics, Clock clock, PlatformTransactionManager transactions) {
        this.codes = codes;
        this.caps = caps;
        this.tries = tries;
        this.gateway = gateway;
        this.props = props;
        this.metrics = metrics;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.hmac = new Hmac(auth.tokenKey());
        Objects.requireNonNull(props.text(), "hall.gateway.outer.auth.sms.text is not set");
    }

    /** Sends a new code to the mobile, asked for from {@code address}, within the limits. */
    CodeSent send(String rawMobile, String address) {
        String mobile = mobile(rawMobile);
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, DAY_ZONE);
        String code = String.format("%06d", random.nextInt(1_000_000));
        String hash = hash(mobile, code);
        String mobileSubject = "mobile:" + mobile;
        String addressSubject = "address:" + address;
        codes.ensure(mobile);
        caps.ensure(mobileSubject, day);
        caps.ensure(addressSubject, day);
        tx.executeWithoutResult(status -> {
            if (!codes.replace(mobile, hash, now, now.plus(props.codeTtl()), now.minus(props.resendInterval()))) {
                Duration wait = Duration.between(now, codes.sentAt(mobile).plus(props.resendInterval()));
                throw limited("resend_interval", "获取验证码过于频繁：同一手机号" + props.resendInterval().toSeconds()
                        + "秒内只能获取一次，请" + Math.max(1, wait.toSeconds()) + "秒后再试", "mobile", wait);
            }
            if (!caps.take(mobileSubject, day, props.perMobilePerDay())) {
                throw limited("mobile_daily_cap", "该手机号今天获取验证码已达" + props.perMobilePerDay()
                        + "次的上限，请明天再试", "mobile", untilTomorrow(now));
            }
            // the address counter is the one kiosks share: taken last, so its row is locked the shortest
            if (!caps.take(addressSubject, day, props.perAddressPerDay())) {
                throw limited("address_daily_cap", "本网络地址今天获取验证码已达" + props.perAddressPerDay()
                        + "次的上限，请明天再试或到大厅窗口办理", null, untilTomorrow(now));
            }
        });
        try {
            gateway.send(new SmsMessage(now, mobile, text(code), code));
        } catch (OperatorUnavailable e) {
            tx.executeWithoutResult(status -> {
                codes.withdraw(mobile, hash);
                caps.giveBack(mobileSubject, day);
                caps.giveBack(addressSubject, day);
            });
            LOG.warn("no code sent to {}: {}", Masks.mobile(mobile), e.getMessage());
            throw metrics.refused(new Refusal(HttpStatus.SERVICE_UNAVAILABLE, "sms_unavailable",
                    "短信暂时无法发送，请稍后再试", null));
        }
        metrics.codeSent(gateway.name());
        LOG.info("sent a sign-in code to {} by {}", Masks.mobile(mobile), gateway.name());
        return new CodeSent(now.plus(props.codeTtl()), now.plus(props.resendInterval()));
    }

    /**
     * Uses the mobile's code; a 401 refusal naming {@code code} when it is not the right, unused, unexpired one, a 429
     * when the mobile is locked after too many wrong ones.
     */
    void check(String mobile, String code) {
        Instant now = clock.instant();
        Instant lockEnd = now.plus(props.lock());
        tries.ensure(mobile);
        Optional<Instant> locked = tries.take(mobile, now, props.maxWrongCodes(), lockEnd);
        if (locked.isPresent()) {
            throw metrics.refused(Refusal.tooManyRequests("locked", "验证码错误次数过多，该手机号已锁定，请于"
                    + CLOCK_TIME.format(locked.get()) + "后再试", "mobile", Duration.between(now, locked.get())));
        }
        switch (codes.consume(mobile, hash(mobile, code), now)) {
            case RIGHT -> tries.right(mobile);
            case EXPIRED -> {
                tries.late(mobile);
                throw unauthorized("expired_code", "验证码已过期，请重新获取");
            }
            case WRONG -> {
                int left = tries.wrong(mobile, props.maxWrongCodes(), lockEnd);
                LOG.info("a wrong code for {}, {} tries left", Masks.mobile(mobile), left);
                throw unauthorized("invalid_code", left > 0 ? "验证码不正确，还可再试" + left + "次"
                        : "验证码不正确；错误次数过多，该手机号已锁定" + props.lock().toMinutes() + "分钟");
            }
        }
    }

    private String mobile(String raw) {
        if (raw == null || raw.isBlank()) {
            throw Refusal.badRequest("missing_field", "手机号码不能为空", "mobile");
        }
        MobileNumber.problem(raw).ifPresent(p -> {
            throw Refusal.badRequest("invalid_mobile", p, "mobile");
        });
        return MobileNumber.normalise(raw);
    }

    private String text(String code) {
        return props.text().replace("{code}", code).replace("{minutes}", Long.toString(props.codeTtl().toMinutes()));
    }

    private String hash(String mobile, String code) {
        return hmac.sign(("sms-code:" + mobile + ":" + code).getBytes(StandardCharsets.UTF_8));
    }

    private Refusal limited(String limit, String reason, String field, Duration wait) {
        return metrics.refused(limit, Refusal.tooManyRequests("too_many_requests", reason, field, wait));
    }

    private Refusal unauthorized(String error, String reason) {
        return metrics.refused(TokenService.unauthorized(error, reason, "code"));
    }

    private static Duration untilTomorrow(Instant now) {
        return Duration.between(now, LocalDate.ofInstant(now, DAY_ZONE).plusDays(1).atStartOfDay(DAY_ZONE).toInstant());
    }
}
