package org.virtualhall.gateway.outer.auth.oidc;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Profile;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Present on the outer role only, and only when an issuer is configured. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Profile("outer")
@Conditional(ConditionalOnOidc.IssuerConfigured.class)
@interface ConditionalOnOidc {

    /** An empty issuer, the embedded default, counts as none. */
    class IssuerConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return Binder.get(context.getEnvironment()).bind("hall.gateway.outer.auth.oidc.issuer-uri", String.class)
                    .map(StringUtils::hasText).orElse(false);
        }
    }
}
