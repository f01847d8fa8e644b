package org.virtualhall.model.consultation;

import java.time.Instant;
import java.util.List;

/**
 * 咨询: answers the departments gave in the console, pushed by the approval system to the inner gateway and carried on
 * the {@code feedback} channel to the citizen (docs/contracts.md).
 */
public record ConsultationAnswers(List<Answer> answers) {

    /** The envelope type on the feedback channel. */
    public static final String TYPE = "consultation-answers";

    public ConsultationAnswers {
        answers = answers == null ? List.of() : List.copyOf(answers);
    }

    /** One answer: the consultation's id, the text, who (the department) and when. */
    public record Answer(String id, String answer, String department, Instant answeredAt) {
    }
}
