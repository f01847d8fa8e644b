package org.virtualhall.gateway.outer.auth;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.virtualhall.gateway.outer.auth.operator.OperatorSettings;

/**
 * SMS one-time codes (短信验证码) and their limits.
 *
 * @param gateway          {@code outbox} (embedded) or {@code http} (a carrier's API, {@link #http})
 * @param outbox           the outbox file of the embedded gateway
 * @param text             the message; {@code {code}} and {@code {minutes}} are filled in
 * @param codeTtl          how long a code can be used
 * @param resendInterval   the least time between two codes for one mobile
 * @param perMobilePerDay  codes sent to one mobile in a day (Beijing time) at most
 * @param perAddressPerDay codes asked for from one client address in a day at most (a hall's kiosks share one)
 * @param maxWrongCodes    wrong codes for one mobile before it is locked
 * @param lock             how long a mobile stays locked
 * @param http             the carrier's SMS API, with gateway {@code http}: its URL, the county's key, how long to wait
 */
@ConfigurationProperties("hall.gateway.outer.auth.sms")
public record SmsProperties(@DefaultValue("outbox") String gateway,
                            Path outbox,
                            String text,
                            @DefaultValue("5m") Duration codeTtl,
                            @DefaultValue("60s") Duration resendInterval,
                            @DefaultValue("10") int perMobilePerDay,
                            @DefaultValue("5000") int perAddressPerDay,
                            @DefaultValue("5") int maxWrongCodes,
                            @DefaultValue("15m") Duration lock,
                            @DefaultValue @NestedConfigurationProperty OperatorSettings http) {
}
