package org.virtualhall.gateway.outer.auth;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.virtualhall.gateway.outer.auth.realname.BindingRealNameCheck;
import org.virtualhall.gateway.outer.auth.realname.OperatorRealNameCheck;
import org.virtualhall.gateway.outer.auth.realname.RealNameCheck;
import org.virtualhall.gateway.outer.auth.sms.HttpSmsGateway;
import org.virtualhall.gateway.outer.auth.sms.OutboxSmsGateway;
import org.virtualhall.gateway.outer.auth.sms.SmsGateway;

/** The pluggable parts of sign-in, chosen by configuration: how codes are delivered, how 实名 is checked. */
@Configuration
@Profile("outer")
class SignInConfiguration {

    @Bean
    SmsGateway smsGateway(SmsProperties sms) {
        return switch (sms.gateway()) {
            case "outbox" -> new OutboxSmsGateway(sms.outbox());
            case "http" -> new HttpSmsGateway(sms.http().api("hall.gateway.outer.auth.sms.http"));
            default -> throw new IllegalStateException("hall.gateway.outer.auth.sms.gateway is outbox or http, not "
                    + sms.gateway());
        };
    }

    @Bean
    RealNameCheck realNameCheck(RealNameProperties realName, JdbcTemplate jdbc, Clock clock) {
        return switch (realName.check()) {
            case "embedded" -> new BindingRealNameCheck(jdbc, clock);
            case "operator" -> new OperatorRealNameCheck(
                    realName.operator().api("hall.gateway.outer.auth.real-name.operator"));
            default -> throw new IllegalStateException("hall.gateway.outer.auth.real-name.check is embedded or operator, not "
                    + realName.check());
        };
    }
}
