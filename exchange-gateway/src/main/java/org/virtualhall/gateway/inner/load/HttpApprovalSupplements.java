package org.virtualhall.gateway.inner.load;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.inner.transform.SupplementRecord;

/** {@code POST /api/cases/{receipt}/supplements} (docs/contracts.md): 201 new, 200 known, 4xx refused, 503 later. */
@Component
@Profile("inner")
class HttpApprovalSupplements implements ApprovalSupplements {

    private final ApprovalHttp http;

    HttpApprovalSupplements(ApprovalHttp http) {
        this.http = http;
    }

    @Override
    public LoadResult load(String receipt, SupplementRecord record) {
        ApprovalHttp.Answer answer = http.post("/api/cases/" + URLEncoder.encode(receipt, StandardCharsets.UTF_8)
                + "/supplements", record, record.bzbh());
        return new LoadResult(receipt, record.bzbh(), answer.body().path("state").asText(null), answer.status() == 201);
    }
}
