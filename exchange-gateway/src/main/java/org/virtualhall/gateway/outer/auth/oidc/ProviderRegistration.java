package org.virtualhall.gateway.outer.auth.oidc;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.stereotype.Component;

/**
 * The hall as a client of the province's platform, from the configuration and the provider's discovery document. The
 * document is read at the first sign-in, not at start: the hall API starts, and keeps serving, while the platform is
 * away; a sign-in meanwhile is answered 503, and the next one tries again.
 */
@Component
@ConditionalOnOidc
class ProviderRegistration implements ClientRegistrationRepository {

    static final String ID = "province";
    private static final Logger LOG = LoggerFactory.getLogger(ProviderRegistration.class);

    private final OidcProperties props;
    private volatile ClientRegistration registration;

    ProviderRegistration(OidcProperties props) {
        this.props = props;
    }

    /** The registration, or null while the provider's discovery document cannot be read. */
    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        return known != null ? known : discover();
    }

    private synchronized ClientRegistration discover() {
        if (registration == null) {
            try {
                registration = ClientRegistrations.fromIssuerLocation(props.issuerUri())
                        .registrationId(ID)
                        .clientName(props.name())
                        .clientId(props.clientId())
                        .clientSecret(props.clientSecret())
                        .clientAuthenticationMethod(new ClientAuthenticationMethod(props.clientAuthenticationMethod()))
                        .scope(props.scopes())
                        .redirectUri(props.redirectUri())
                        // PKCE for a confidential client too: a stolen code is of no use without the verifier
                        .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                        .build();
            } catch (RuntimeException e) {
                LOG.warn("the identity provider {} cannot be read: {}", props.issuerUri(), e.getMessage());
            }
        }
        return registration;
    }
}
