package org.virtualhall.gateway.outer.auth.oidc;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Sign-in through the province's identity platform (统一身份认证) with OpenID Connect. Nothing of it is active while
 * {@code issuerUri} is empty, the embedded default.
 *
 * @param issuerUri                 the provider's issuer; its endpoints and keys are read from its discovery document
 * @param clientId                  the hall's client id, as registered at the provider
 * @param clientSecret              the hall's client secret (keep it in keys.env as HALL_OIDC_CLIENT_SECRET)
 * @param scopes                    the scopes asked for; they must release the claims below
 * @param clientAuthenticationMethod how the hall authenticates at the token endpoint, e.g. client_secret_basic
 * @param redirectUri               where the provider sends the citizen back, as registered there
 * @param name                      what clients call the platform when they offer it
 * @param claims                    which ID token claims carry the citizen's name, ID number and mobile
 * @param webOrigins                web front ends a login may return to, e.g. https://hall.example.gov.cn; desktop
 *                                  clients return to a loopback address and need no entry
 * @param ticketTtl                 how long the one-time ticket of a finished login can be exchanged
 * @param loginTimeout              how long a citizen has at the provider
 */
@ConfigurationProperties("hall.gateway.outer.auth.oidc")
public record OidcProperties(String issuerUri, String clientId, String clientSecret,
                             @DefaultValue("client_secret_basic") String clientAuthenticationMethod,
                             @DefaultValue({"openid", "profile", "phone"}) List<String> scopes,
                             @DefaultValue("{baseUrl}" + OidcPaths.CALLBACK) String redirectUri,
                             @DefaultValue("省统一身份认证平台") String name,
                             @DefaultValue ClaimNames claims,
                             @DefaultValue List<String> webOrigins,
                             @DefaultValue("2m") Duration ticketTtl,
                             @DefaultValue("10m") Duration loginTimeout) {

    public boolean enabled() {
        return StringUtils.hasText(issuerUri);
    }

    /**
     * The names of the ID token claims the citizen is read from.
     *
     * @param name     the claim with the citizen's 姓名
     * @param idNumber the claim with the 身份证号码
     * @param phone    the claim with the 手机号码
     */
    public record ClaimNames(@DefaultValue("name") String name, @DefaultValue("id_number") String idNumber,
                             @DefaultValue("phone_number") String phone) {
    }
}
