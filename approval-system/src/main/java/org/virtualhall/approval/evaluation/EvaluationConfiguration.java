package org.virtualhall.approval.evaluation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.virtualhall.model.evaluation.EvaluationGrades;

/** The 好差评 grades and their reasons, from assets. */
@Configuration
class EvaluationConfiguration {

    @Bean
    EvaluationGrades evaluationGrades() {
        return EvaluationGrades.fromClasspath();
    }
}
