package org.virtualhall.gateway.outer.auth.oidc;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.web.Refusal;

/**
 * Where a finished login may send its ticket: a loopback http address, as a desktop client listens on (RFC 8252, any
 * port), or a configured web origin. Anything else could hand a citizen's ticket to a stranger.
 */
@Component
@ConditionalOnOidc
class RedirectTargets {

    static final String FIELD = "redirect";
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "[::1]");
    private static final int MAX_LENGTH = 2000;

    private final List<URI> webOrigins;

    RedirectTargets(OidcProperties props) {
        this.webOrigins = props.webOrigins().stream().map(RedirectTargets::origin).toList();
    }

    /** The target, or a 400 naming {@code redirect}. */
    URI check(String redirect) {
        if (redirect == null || redirect.isBlank()) {
            throw Refusal.badRequest("missing_field", "缺少登录完成后的返回地址", FIELD);
        }
        URI target;
        try {
            target = redirect.length() > MAX_LENGTH ? null : new URI(redirect);
        } catch (URISyntaxException e) {
            target = null;
        }
        if (target == null || !target.isAbsolute() || target.getHost() == null || target.getRawUserInfo() != null
                || target.getRawFragment() != null) {
            throw Refusal.badRequest("invalid_redirect", "返回地址应为完整的http(s)地址，不含用户信息和#片段", FIELD);
        }
        boolean loopback = "http".equalsIgnoreCase(target.getScheme()) && LOOPBACK.contains(target.getHost());
        if (!loopback && !webOrigins.contains(origin(target))) {
            throw Refusal.badRequest("invalid_redirect",
                    "返回地址只能是本机回环地址（http://127.0.0.1:端口/…）或已登记的大厅网站：" + target.getHost(), FIELD);
        }
        return target;
    }

    private static URI origin(String configured) {
        return origin(URI.create(configured.trim()));
    }

    /** Scheme, host and port, the port written out; what browsers compare. */
    private static URI origin(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return URI.create(scheme + "://" + host + ":" + port);
    }
}
