package org.virtualhall.gateway.outer.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.virtualhall.model.evaluation.EvaluationFigures;
import org.virtualhall.model.json.HallJson;

/**
 * The latest 好差评 figures from inside, one row shared by the outer instances. An older count arriving late (a
 * resent bundle) changes nothing.
 */
@Repository
@Profile("outer")
public class FiguresStore {

    private final JdbcTemplate jdbc;

    FiguresStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void keep(EvaluationFigures figures) {
        String json = json(figures);
        Timestamp at = Timestamp.from(figures.at());
        if (jdbc.update("UPDATE evaluation_figures SET at = ?, figures = ? WHERE id = 1 AND at < ?", at, json, at) == 0) {
            try {
                jdbc.update("INSERT INTO evaluation_figures (id, at, figures) SELECT 1, ?, ? WHERE NOT EXISTS "
                        + "(SELECT 1 FROM evaluation_figures WHERE id = 1)", at, json);
            } catch (DuplicateKeyException raced) {
                keep(figures);
            }
        }
    }

    Optional<String> latest() {
        return jdbc.queryForList("SELECT figures FROM evaluation_figures WHERE id = 1", String.class).stream().findFirst();
    }

    private static String json(EvaluationFigures figures) {
        try {
            return HallJson.wire().writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
