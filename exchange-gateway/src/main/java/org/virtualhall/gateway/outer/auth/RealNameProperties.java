package org.virtualhall.gateway.outer.auth;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.virtualhall.gateway.outer.auth.operator.OperatorSettings;

/**
 * @param check    {@code embedded} (an ID number is bound to the mobile of its first sign-in) or {@code operator}
 *                 (the carrier's three-factor check at {@link #operator})
 * @param operator the carrier's check: where, with which key, how long to wait
 */
@ConfigurationProperties("hall.gateway.outer.auth.real-name")
public record RealNameProperties(@DefaultValue("embedded") String check,
                                 @DefaultValue @NestedConfigurationProperty OperatorSettings operator) {
}
