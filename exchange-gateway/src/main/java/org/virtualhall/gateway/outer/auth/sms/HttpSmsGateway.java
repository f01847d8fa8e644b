package org.virtualhall.gateway.outer.auth.sms;

import java.util.Map;
import org.virtualhall.gateway.outer.auth.operator.OperatorApi;

/** A carrier's SMS API: {@code POST <url>} {@code {"mobile","text"}} with the county's key; any 2xx is delivered. */
public final class HttpSmsGateway implements SmsGateway {

    private final OperatorApi api;

    public HttpSmsGateway(OperatorApi api) {
        this.api = api;
    }

    @Override
    public void send(SmsMessage message) {
        api.post(Map.of("mobile", message.mobile(), "text", message.text()), "SMS delivery");
    }

    @Override
    public String name() {
        return "http";
    }
}
