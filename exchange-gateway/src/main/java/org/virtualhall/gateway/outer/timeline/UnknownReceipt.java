package org.virtualhall.gateway.outer.timeline;

import org.springframework.http.HttpStatus;
import org.virtualhall.gateway.web.Refusal;

/**
 * The one answer for a receipt that is not the caller's, wherever a receipt is asked for: the same for someone
 * else's as for one that does not exist, so no answer tells which receipts exist.
 */
public final class UnknownReceipt {

    private UnknownReceipt() {
    }

    public static Refusal refusal(String receipt) {
        return new Refusal(HttpStatus.NOT_FOUND, "not_found", "没有找到您的这笔申报：" + receipt, "receipt");
    }
}
