package org.virtualhall.model.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The 好差评 grades shipped in assets: five, named as GB/T 39734 names them, each with its own reasons. */
class EvaluationGradesTests {

    @Test
    void theShippedGradesRunFromVerySatisfiedToVeryDissatisfiedEachWithReasons() {
        EvaluationGrades grades = EvaluationGrades.fromClasspath();

        assertThat(grades.grades()).extracting(EvaluationGrades.Grade::name)
                .containsExactly("非常满意", "满意", "基本满意", "不满意", "非常不满意");
        assertThat(grades.grades()).allSatisfy(g -> assertThat(g.reasons()).isNotEmpty().doesNotHaveDuplicates());
        assertThat(grades.grade(2).orElseThrow().reasons()).contains("办理超时");
        assertThat(grades.grade(6)).isEmpty();
        assertThat(EvaluationGrades.bad(2)).isTrue();
        assertThat(EvaluationGrades.bad(3)).isFalse();
        assertThat(grades.name(5)).isEqualTo("非常满意");
    }

    @Test
    void aListWithoutEveryGradeIsRefused() {
        assertThatThrownBy(() -> new EvaluationGrades(List.of(new EvaluationGrades.Grade(5, "非常满意", List.of()))))
                .hasMessageContaining("grade 1 is missing");
    }
}
