package org.virtualhall.approval.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.virtualhall.approval.system.ApprovalProperties;
import org.virtualhall.approval.system.LatestPush;
import org.virtualhall.model.evaluation.EvaluationFigures;

/**
 * Publishes 好差评 figures per window and department outward: counted every {@code approval.evaluation.publish-interval}
 * and pushed to the inner gateway when they changed.
 */
@Component
class FiguresPublisher {

    private static final LocalDate EVER = LocalDate.of(2000, 1, 1);
    private static final LocalDate NEVER = LocalDate.of(9999, 12, 31);

    private final ReviewRepository reviews;
    private final LatestPush push;
    private final Clock clock;

    FiguresPublisher(ReviewRepository reviews, RestClient.Builder http, ApprovalProperties properties,
                     EvaluationSettings settings, Clock clock) {
        this.reviews = reviews;
        this.push = new LatestPush(http.build(), properties.gateway().url().resolve(settings.figuresPath()));
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${approval.evaluation.publish-interval}")
    void publish() {
        List<EvaluationFigures.Subject> windows = subjects(SatisfactionDimension.WINDOW);
        List<EvaluationFigures.Subject> departments = subjects(SatisfactionDimension.DEPARTMENT);
        push.offer(List.of(windows, departments), new EvaluationFigures(clock.instant(), windows, departments));
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
