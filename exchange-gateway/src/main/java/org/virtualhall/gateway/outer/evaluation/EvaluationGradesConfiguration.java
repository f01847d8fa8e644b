package org.virtualhall.gateway.outer.evaluation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.virtualhall.model.evaluation.EvaluationGrades;

/** The 好差评 grades and their reasons, from assets. */
@Configuration
@Profile("outer")
class EvaluationGradesConfiguration {

    @Bean
    EvaluationGrades evaluationGrades() {
        return EvaluationGrades.fromClasspath();
    }
}
