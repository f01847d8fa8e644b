package org.virtualhall.gateway.inner.load;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * 装载 of a record relayed from outside that is not an application (a review, a booking): one POST to the approval
 * system. A 4xx is an {@link org.virtualhall.gateway.inner.InnerRefusal}, no answer or a 5xx {@link ApprovalUnavailable}.
 */
@Component
@Profile("inner")
public class ApprovalRelay {

    private final ApprovalHttp http;

    ApprovalRelay(ApprovalHttp http) {
        this.http = http;
    }

    /** @return the 2xx status: 201 stored now, 200 had it already */
    public int post(String path, Object record, String what) {
        return http.post(path, record, what).status();
    }
}
