package org.virtualhall.gateway.inner.consultation;

import java.time.Instant;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.virtualhall.gateway.inner.outbound.FeedbackPublisher;
import org.virtualhall.gateway.web.Refusal;
import org.virtualhall.model.consultation.ConsultationAnswers;

/** {@code POST /api/outbound/consultation-answers}: departments' answers, put on the feedback queue as one envelope. */
@RestController
@Profile("inner")
class AnswersController {

    private final FeedbackPublisher publisher;

    AnswersController(FeedbackPublisher publisher) {
        this.publisher = publisher;
    }

    @PostMapping("/api/outbound/consultation-answers")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Integer> answers(@RequestBody ConsultationAnswers answers) {
        for (int i = 0; i < answers.answers().size(); i++) {
            ConsultationAnswers.Answer a = answers.answers().get(i);
            if (a == null || a.id() == null || a.answer() == null || a.answer().isBlank() || a.answeredAt() == null) {
                throw Refusal.badRequest("missing_field", "答复须有咨询编号、内容和时间", "answers[" + i + "]");
            }
        }
        publisher.state(ConsultationAnswers.TYPE, answers.answers().stream().map(ConsultationAnswers.Answer::answeredAt)
                .max(Instant::compareTo).orElse(Instant.now()), answers);
        return Map.of("answers", answers.answers().size());
    }
}
