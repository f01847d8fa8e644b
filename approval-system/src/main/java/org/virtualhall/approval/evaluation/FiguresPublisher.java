package org.virtualhall.approval.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.virtualhall.approval.system.ApprovalProperties;
import org.virtualhall.model.evaluation.EvaluationFigures;
import org.virtualhall.model.json.HallJson;

/**
 * Publishes 好差评 figures per window and department outward: counted every {@code approval.evaluation.publish-interval}
 * and pushed to the inner gateway when they differ from what it last took, so a gateway that was down gets them when
 * it is back.
 */
@Component
class FiguresPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(FiguresPublisher.class);
    private static final LocalDate EVER = LocalDate.of(2000, 1, 1);
    private static final LocalDate NEVER = LocalDate.of(9999, 12, 31);

    private final ReviewRepository reviews;
    private final RestClient http;
    private final String url;
    private final Clock clock;
    private volatile List<List<EvaluationFigures.Subject>> taken;

    FiguresPublisher(ReviewRepository reviews, RestClient.Builder http, ApprovalProperties properties,
                     EvaluationSettings settings, Clock clock) {
        this.reviews = reviews;
        this.http = http.build();
        this.url = properties.gateway().url().resolve(settings.figuresPath()).toString();
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${approval.evaluation.publish-interval}")
    void publish() {
        List<List<EvaluationFigures.Subject>> now = List.of(subjects(SatisfactionDimension.WINDOW),
                subjects(SatisfactionDimension.DEPARTMENT));
        if (now.equals(taken)) {
            return;
        }
        try {
            http.post().uri(url).contentType(MediaType.APPLICATION_JSON)
                    .body(HallJson.wire().writeValueAsString(new EvaluationFigures(clock.instant(), now.get(0), now.get(1))))
                    .retrieve().toBodilessEntity();
            taken = now;
        } catch (RestClientException | JsonProcessingException e) {
            LOG.warn("the gateway did not take the evaluation figures ({}); trying again later", e.getMessage());
        }
    }

    private List<EvaluationFigures.Subject> subjects(SatisfactionDimension dimension) {
        return reviews.satisfaction(dimension, EVER, NEVER).stream()
                .map(s -> new EvaluationFigures.Subject(s.subject(), s.reviews(), round(s.average()), round(s.goodRate())))
                .toList();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
