package org.virtualhall.gateway.outer.auth.oidc;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/auth/methods}: the ways in a client may offer. The SMS code is always one. */
@RestController
@Profile("outer")
class AuthMethodsController {

    private final AuthMethods methods;

    AuthMethodsController(OidcProperties props) {
        this.methods = new AuthMethods(true, new AuthMethods.Oidc(props.enabled(), props.name()));
    }

    @GetMapping("/api/auth/methods")
    AuthMethods methods() {
        return methods;
    }

    record AuthMethods(boolean sms, Oidc oidc) {
        record Oidc(boolean enabled, String name) {
        }
    }
}
