package org.virtualhall.client.apply;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.virtualhall.client.api.ApiTypes.Credentials;
import org.virtualhall.client.api.ApiTypes.SubmissionRequest;
import org.virtualhall.client.api.ApiTypes.Upload;
import org.virtualhall.model.catalog.Item;

/** What a citizen has entered so far in the wizard for one item. */
final class ApplicationDraft {

    final Item item;
    final Map<String, String> form = new LinkedHashMap<>();
    final Set<String> ticked = new LinkedHashSet<>();
    final List<Upload> attachments = new ArrayList<>();
    Credentials applicant = new Credentials("", "", "");
    private SubmissionRequest keyed;
    private String key;

    ApplicationDraft(Item item) {
        this.item = item;
    }

    SubmissionRequest toRequest() {
        return new SubmissionRequest(item.code(), applicant, Map.copyOf(form), List.copyOf(attachments));
    }

    /**
     * The {@code Idempotency-Key} for this request: the same as last time if the citizen submits the very same
     * application again (the first answer was lost), a new one once anything in it changed.
     */
    String idempotencyKey(SubmissionRequest request) {
        if (!request.equals(keyed)) {
            keyed = request;
            key = UUID.randomUUID().toString();
        }
        return key;
    }
}
