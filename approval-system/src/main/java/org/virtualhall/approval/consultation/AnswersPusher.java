package org.virtualhall.approval.consultation;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.virtualhall.approval.system.ApprovalProperties;
import org.virtualhall.model.consultation.ConsultationAnswers;
import org.virtualhall.model.json.HallJson;

/** Pushes the departments' answers to the inner gateway until it takes them (at-least-once; outside keeps the first). */
@Component
class AnswersPusher {

    private static final Logger LOG = LoggerFactory.getLogger(AnswersPusher.class);
    private static final int BATCH = 200;

    private final QuestionRepository questions;
    private final RestClient http;
    private final URI url;
    private final Clock clock;

    AnswersPusher(QuestionRepository questions, RestClient.Builder http, ApprovalProperties properties,
                  ConsultationSettings settings, Clock clock) {
        this.questions = questions;
        this.http = http.build();
        this.url = properties.gateway().url().resolve(settings.answersPath());
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${approval.consultation.push-interval}")
    void push() {
        List<Question> due = questions.unpushed(BATCH);
        if (due.isEmpty()) {
            return;
        }
        ConsultationAnswers answers = new ConsultationAnswers(due.stream()
                .map(q -> new ConsultationAnswers.Answer(q.id(), q.answer(), q.department(), q.answeredAt())).toList());
        try {
            http.post().uri(url).contentType(MediaType.APPLICATION_JSON).body(HallJson.wire().writeValueAsString(answers))
                    .retrieve().toBodilessEntity();
            questions.pushed(due.stream().map(Question::id).toList(), clock.instant());
        } catch (RestClientException | JsonProcessingException e) {
            LOG.warn("the gateway did not take {} answers ({}); trying again later", due.size(), e.getMessage());
        }
    }
}
