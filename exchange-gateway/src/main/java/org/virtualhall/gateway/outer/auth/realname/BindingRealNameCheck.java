package org.virtualhall.gateway.outer.auth.realname;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.virtualhall.model.submission.Applicant;

/**
 * The embedded real-name check: an ID number is bound to the mobile of its first verified sign-in
 * ({@code citizen_binding}); a sign-in for that ID number from another mobile is refused. Changing the mobile is done
 * at a window of the hall, by an operator, not online.
 */
public final class BindingRealNameCheck implements RealNameCheck {

    static final String BOUND_ELSEWHERE = "该身份证号已绑定其他手机号，请使用原手机号登录或到大厅窗口办理变更";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public BindingRealNameCheck(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<String> mismatch(Applicant person) {
        String bound = boundMobile(person.idNumber()).orElseGet(() -> bind(person));
        return bound.equals(person.mobile()) ? Optional.empty() : Optional.of(BOUND_ELSEWHERE);
    }

    /** Binds the ID number to this mobile unless another sign-in bound it first; returns the mobile it is bound to. */
    private String bind(Applicant person) {
        try {
            jdbc.update("INSERT INTO citizen_binding (id_number, mobile, bound_at) VALUES (?, ?, ?)",
                    person.idNumber(), person.mobile(), Timestamp.from(clock.instant()));
            return person.mobile();
        } catch (DuplicateKeyException e) {
            return boundMobile(person.idNumber()).orElseThrow();
        }
    }

    private Optional<String> boundMobile(String idNumber) {
        return jdbc.queryForList("SELECT mobile FROM citizen_binding WHERE id_number = ?", String.class, idNumber)
                .stream().findFirst();
    }
}
