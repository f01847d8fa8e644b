package org.virtualhall.gateway.outer.intake;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.outer.check.ContentCheck;
import org.virtualhall.gateway.outer.check.FormatFilter;
import org.virtualhall.gateway.outer.check.IdentityCheck;
import org.virtualhall.model.submission.SubmissionStatus;

/**
 * The outer chain (外网交换服务器): 身份认证 → 格式过滤 → 内容检查 → persistent queue. A refusal thrown by a
 * check ends the exchange and reaches the caller as a 4xx; only what passed every check is queued, by the
 * group commit, which returns once the submission is durably stored.
 */
@Component
@Profile("outer")
class IntakeRoute extends RouteBuilder {

    static final String URI = "direct:intake";
    /** The submission's {@link SubmissionKey}, if its client sent one. */
    static final String KEY_HEADER = "submissionKey";
    /** The receipt the key was given by an earlier attempt that did not finish, if any. */
    static final String RESERVED_HEADER = "reservedReceipt";

    private final IdentityCheck identity;
    private final FormatFilter format;
    private final ContentCheck content;
    private final Sealer sealer;
    private final GroupCommit store;

    IntakeRoute(IdentityCheck identity, FormatFilter format, ContentCheck content, Sealer sealer, GroupCommit store) {
        this.identity = identity;
        this.format = format;
        this.content = content;
        this.sealer = sealer;
        this.store = store;
    }

    @Override
    public void configure() {
        from(URI).routeId("outer-intake")
                .process(e -> identity.check(e.getMessage().getBody(IntakeRequest.class))).id("identity")
                .process(e -> format.check(e.getMessage().getBody(IntakeRequest.class))).id("format-filter")
                .process(e -> content.check(e.getMessage().getBody(IntakeRequest.class))).id("content-check")
                .process(e -> {
                    SubmissionKey key = e.getMessage().getHeader(KEY_HEADER, SubmissionKey.class);
                    Sealer.Sealed sealed = sealer.seal(e.getMessage().getBody(IntakeRequest.class),
                            e.getMessage().getHeader(RESERVED_HEADER, String.class));
                    store.store(sealed, key);
                    e.getMessage().setBody(new Accepted(sealed.submission().receipt(), SubmissionStatus.ACCEPTED.name()));
                }).id("queue");
    }
}
