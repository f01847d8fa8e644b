package org.virtualhall.model.evaluation;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.virtualhall.model.json.HallJson;

/**
 * 好差评 grades (GB/T 39734): 非常满意 (5) down to 非常不满意 (1), each with the reasons a citizen may give with it.
 * Data in assets ({@value #RESOURCE}).
 */
public record EvaluationGrades(List<Grade> grades) {

    /** The grades shipped in assets. */
    public static final String RESOURCE = "evaluation/grades.yaml";
    /** Grades up to this one are 差评 (a bad review), which the department must rectify (整改). */
    public static final int BAD_UP_TO = 2;

    public EvaluationGrades {
        grades = List.copyOf(grades);
        for (int g = 1; g <= 5; g++) {
            int wanted = g;
            if (grades.stream().noneMatch(x -> x.grade() == wanted)) {
                throw new IllegalArgumentException(RESOURCE + ": grade " + g + " is missing");
            }
        }
    }

    /** One grade: its number, its name and the reasons offered with it. */
    public record Grade(int grade, String name, List<String> reasons) {

        public Grade {
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
        }
    }

    public Optional<Grade> grade(int grade) {
        return grades.stream().filter(g -> g.grade() == grade).findFirst();
    }

    /** The grade's name (非常满意 …), or the number for one that does not exist. */
    public String name(int grade) {
        return grade(grade).map(Grade::name).orElse(String.valueOf(grade));
    }

    public static boolean bad(int grade) {
        return grade <= BAD_UP_TO;
    }

    /** The grades from {@value #RESOURCE} on the class path (the assets jar). */
    public static EvaluationGrades fromClasspath() {
        try (InputStream in = EvaluationGrades.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path (is the assets jar there?)");
            }
            return new EvaluationGrades(HallJson.data().readValue(in, new TypeReference<List<Grade>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the evaluation grades: " + e.getMessage(), e);
        }
    }
}
