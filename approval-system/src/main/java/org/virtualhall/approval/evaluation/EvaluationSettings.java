package org.virtualhall.approval.evaluation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code approval.evaluation.*}: 好差评.
 *
 * @param rectifyDays     working days the department head has to rectify a bad review (差评整改) and reply to the citizen
 * @param publishInterval how often the figures per window and department are counted and, when they changed, pushed
 *                        outward (the citizens' window panels show them)
 * @param figuresPath     the inner gateway's path for the figures, on {@code approval.gateway.url}
 */
@ConfigurationProperties("approval.evaluation")
public record EvaluationSettings(@DefaultValue("5") int rectifyDays, @DefaultValue("30s") Duration publishInterval,
                                 @DefaultValue("/api/outbound/evaluation-stats") String figuresPath) {
}
