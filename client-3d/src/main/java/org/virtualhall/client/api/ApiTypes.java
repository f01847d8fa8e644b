package org.virtualhall.client.api;

import java.time.Duration;
import java.time.Instant;
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

    /** {@code total} is exact when {@code totalExact}; otherwise at least that many things match. */
    public record SearchResult(long total, boolean totalExact, long tookMs, List<SearchHit> hits) {
        public SearchResult {
            hits = hits == null ? List.of() : List.copyOf(hits);
        }
    }

    /** A verified person: the applicant of every submission made while signed in as them. */
    public record Credentials(String name, String idNumber, String mobile) {
    }

    /** The body of {@code POST /api/auth/token}: the person and the SMS code sent to their mobile. */
    public record SignInRequest(String name, String idNumber, String mobile, String code) {
    }

    /**
     * The answer of {@code POST /api/auth/sms-code}; {@code answeredAt} is the server's clock when it answered
     * (its {@code Date} header), so the countdown does not depend on this computer's clock.
     */
    public record CodeSent(Instant expiresAt, Instant resendAfter, Instant answeredAt) {

        /**
         * How long until another code may be asked for, in whole seconds. The {@code Date} header drops the
         * fraction of its second, so the exact wait is up to a second less than the difference: rounded down.
         */
        public Duration resendIn() {
            return answeredAt == null || resendAfter == null ? Duration.ZERO
                    : Duration.ofSeconds(Math.max(0, Duration.between(answeredAt, resendAfter).toSeconds()));
        }

        /** How long the code holds. */
        public Duration validFor() {
            return answeredAt == null || expiresAt == null ? Duration.ZERO : Duration.between(answeredAt, expiresAt);
        }
    }

    /**
     * A session's tokens, as {@code /api/auth/token}, {@code /api/auth/refresh} and {@code /api/auth/oidc/ticket}
     * answer: a short access token and, except after the identity platform, a refresh token for the next one.
     */
    public record Session(String token, Instant expiresAt, String refreshToken, Instant refreshExpiresAt) {
    }

    /** The ways in the server offers ({@code GET /api/auth/methods}). */
    public record AuthMethods(boolean sms, Oidc oidc) {

        /** The province's identity platform (统一身份认证) and what to call it on the button. */
        public record Oidc(boolean enabled, String name) {
        }

        public boolean oidcEnabled() {
            return oidc != null && oidc.enabled();
        }
    }

    /** One page of the signed-in citizen's submissions ({@code GET /api/submissions}), newest first. */
    public record MySubmissions(long total, int page, int size, List<MySubmission> items) {
        public MySubmissions {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    /** One of the citizen's submissions; {@code itemName} is null for an item no longer in the hall. */
    public record MySubmission(String receipt, String itemCode, String itemName, String status, String submittedAt,
                               LastEvent lastEvent) {
    }

    /** The latest step of a submission's timeline. */
    public record LastEvent(String at, String step, String note) {
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

    public record ErrorBody(String error, String reason, String field, Long retryAfter) {
    }

    /** 好差评 of an ended case: {@code POST /api/submissions/{receipt}/evaluation}. */
    public record EvaluationRequest(int grade, List<String> reasons, String comment) {
    }

    public record EvaluationReceipt(String receipt, String evaluation, String status) {
    }

    /** {@code GET /api/evaluations/stats}: the figures per window and department; {@code at} null before any. */
    public record EvaluationStats(String at, List<EvaluationSubject> windows, List<EvaluationSubject> departments) {

        public EvaluationStats {
            windows = windows == null ? List.of() : windows;
            departments = departments == null ? List.of() : departments;
        }
    }

    /** One window's (or department's) reviews: how many, the average grade, the share graded 4-5 in percent. */
    public record EvaluationSubject(String code, long reviews, double average, double satisfiedRate) {
    }

    /** 取号: a ticket of a window's queue and how many are ahead of it. */
    public record QueueTicket(String id, String number, String window, String date, int ahead, String status) {
    }

    /** 预约: a window's half-hour slots of a day with the places left. */
    public record Slots(String window, String date, List<Slot> slots) {

        public Slots {
            slots = slots == null ? List.of() : slots;
        }
    }

    public record Slot(String slot, int capacity, int left) {
    }

    public record AppointmentRequest(String itemCode, String window, String date, String slot) {
    }

    public record Appointment(String id, String number, String itemCode, String window, String date, String slot, String status) {
    }

    /** 咨询: what {@code POST /api/consultations} gives, the new question's id. */
    public record ConsultationId(String id) {
    }

    /** The citizen's questions, newest first ({@code GET /api/consultations}). */
    public record Consultations(List<Consultation> items) {

        public Consultations {
            items = items == null ? List.of() : items;
        }
    }

    /** One question: WAITING until the department's answer came back across the gap, then ANSWERED; rating 0 unrated. */
    public record Consultation(String id, String itemCode, String department, String question, String askedAt, String status,
                               String answer, String answeredAt, int rating) {

        public boolean answered() {
            return "ANSWERED".equals(status);
        }
    }
}
