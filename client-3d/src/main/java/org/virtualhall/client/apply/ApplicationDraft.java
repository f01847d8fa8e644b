package org.virtualhall.client.apply;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    ApplicationDraft(Item item) {
        this.item = item;
    }

    SubmissionRequest toRequest() {
        return new SubmissionRequest(item.code(), applicant, Map.copyOf(form), List.copyOf(attachments));
    }
}
