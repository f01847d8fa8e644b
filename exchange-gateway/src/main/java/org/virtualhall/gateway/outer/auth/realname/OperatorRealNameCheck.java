package org.virtualhall.gateway.outer.auth.realname;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import org.virtualhall.gateway.outer.auth.operator.OperatorApi;
import org.virtualhall.gateway.outer.auth.operator.OperatorUnavailable;
import org.virtualhall.model.submission.Applicant;

/**
 * 运营商三要素核验: the carrier tells whether the mobile is registered to that name and ID number.
 * {@code POST <url>} {@code {"name","idNumber","mobile"}} → {@code {"match": true|false}}; an answer without
 * {@code match} is the carrier's failure, not the citizen's.
 */
public final class OperatorRealNameCheck implements RealNameCheck {

    static final String NOT_REGISTERED = "该手机号不是您本人实名登记的号码（运营商实名核验未通过），请使用本人手机号登录或到大厅窗口办理";

    private final OperatorApi api;

    public OperatorRealNameCheck(OperatorApi api) {
        this.api = api;
    }

    @Override
    public Optional<String> mismatch(Applicant person) {
        JsonNode answer = api.post(Map.of("name", person.name(), "idNumber", person.idNumber(), "mobile", person.mobile()),
                "real-name check");
        if (!answer.path("match").isBoolean()) {
            throw new OperatorUnavailable("real-name check: the answer has no \"match\"", null);
        }
        return answer.path("match").asBoolean() ? Optional.empty() : Optional.of(NOT_REGISTERED);
    }
}
