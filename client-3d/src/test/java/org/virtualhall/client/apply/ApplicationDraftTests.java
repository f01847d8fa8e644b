package org.virtualhall.client.apply;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.virtualhall.client.api.ApiTypes.Credentials;
import org.virtualhall.client.testing.TestCatalog;

class ApplicationDraftTests {

    private final ApplicationDraft draft = new ApplicationDraft(TestCatalog.idCardReissue());

    ApplicationDraftTests() {
        draft.applicant = new Credentials("张三", "11010519491231002X", "13800138000");
        draft.form.put("reason", "丢失");
    }

    @Test
    void submittingTheSameApplicationAgainKeepsItsKey() {
        String first = draft.idempotencyKey(draft.toRequest());

        assertThat(draft.idempotencyKey(draft.toRequest())).isEqualTo(first).matches("[A-Za-z0-9_-]{8,64}");
    }

    @Test
    void anyChangeMakesItAnotherApplicationWithANewKey() {
        String first = draft.idempotencyKey(draft.toRequest());
        draft.form.put("reason", "损坏");

        assertThat(draft.idempotencyKey(draft.toRequest())).isNotEqualTo(first);
    }
}
