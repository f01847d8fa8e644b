package org.virtualhall.approval.consultation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code approval.consultation.*}: 咨询.
 *
 * @param answerDays   working days a department has to answer a question (电子监察 shows the ones overdue)
 * @param pushInterval how often answers not yet taken by the inner gateway are pushed to it
 * @param answersPath  the inner gateway's path for them, on {@code approval.gateway.url}
 */
@ConfigurationProperties("approval.consultation")
public record ConsultationSettings(@DefaultValue("2") int answerDays, @DefaultValue("2s") Duration pushInterval,
                                   @DefaultValue("/api/outbound/consultation-answers") String answersPath) {
}
