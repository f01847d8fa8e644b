package org.virtualhall.client.api;

import java.util.List;
import java.util.Map;

/** The shapes of the outer hall API (docs/api.md) the client reads and writes. */
public final class ApiTypes {

    private ApiTypes() {
    }

    public record SearchHit(String type, String id, String name, String department, List<String> windows,
                            Integer floor, Double score, String highlight) {
        public SearchHit {
            windows = windows == null ? List.of() : List.copyOf(windows);
        }
    }

    public record SearchResult(long total, long tookMs, List<SearchHit> hits) {
        public SearchResult {
            hits = hits == null ? List.of() : List.copyOf(hits);
        }
    }

    public record Credentials(String name, String idNumber, String mobile) {
    }

    public record Token(String token, String expiresAt) {
    }

    public record Upload(String name, String contentType, String base64) {
    }

    public record SubmissionRequest(String itemCode, Credentials applicant, Map<String, String> form,
                                    List<Upload> materials) {
    }

    public record Receipt(String receipt, String status) {
    }

    /** One step on a submission's timeline; {@code status} is the status it brought (may be absent). */
    public record StatusEvent(String at, String step, String note, String status) {
    }

    public record SubmissionView(String receipt, String itemCode, String status, List<StatusEvent> events) {
        public SubmissionView {
            events = events == null ? List.of() : List.copyOf(events);
        }
    }

    /** The body of {@code POST /api/submissions/{receipt}/supplements} (补正材料). */
    public record SupplementRequest(List<Upload> materials, String note) {
    }

    public record SupplementReceipt(String receipt, String supplement, String status) {
    }

    public record ErrorBody(String error, String reason, String field) {
    }
}
