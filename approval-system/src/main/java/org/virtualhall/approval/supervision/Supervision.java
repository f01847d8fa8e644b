package org.virtualhall.approval.supervision;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.virtualhall.approval.catalog.CatalogRepository;
import org.virtualhall.model.catalog.Department;
import org.virtualhall.model.catalog.Staff;

/** 电子监察: warning lights, 按时办结率, average handling time, satisfaction and violations, per subject. */
@Service
public class Supervision {

    private static final int LIST_SIZE = 20;

    private final SupervisionQueries queries;
    private final CatalogRepository catalog;

    Supervision(SupervisionQueries queries, CatalogRepository catalog) {
        this.queries = queries;
        this.catalog = catalog;
    }

    public Overview overview(LocalDate day) {
        long started = System.nanoTime();
        List<SupervisionQueries.Row> rows = queries.rows();
        Map<String, String> names = names();
        SupervisionQueries.Lights lights = queries.lights(day);
        long paused = queries.paused();
        List<Overview.Flagged> overdue = queries.overdue(day, LIST_SIZE);
        List<Overview.Flagged> unverified = queries.unverifiedApprovals(LIST_SIZE);
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new Overview(day, lights.running(), lights.yellow(), lights.red(), paused, total(rows),
                figures(rows, Dimension.DEPARTMENT, names),
                figures(rows, Dimension.WINDOW, names), figures(rows, Dimension.STAFF, names), overdue, unverified, millis);
    }

    private static List<Figure> figures(List<SupervisionQueries.Row> rows, Dimension dimension, Map<String, String> names) {
        return rows.stream().filter(r -> r.dimension().equals(dimension.key()))
                .map(r -> figure(dimension, r.subject(), names.getOrDefault(dimension.key() + ":" + r.subject(), r.subject()), r))
                .sorted(Comparator.comparing(Figure::completed).reversed())
                .toList();
    }

    /** The whole hall: every case completes in exactly one department, so the department rows add up. */
    private static Figure total(List<SupervisionQueries.Row> rows) {
        SupervisionQueries.Row sum = rows.stream().filter(r -> r.dimension().equals(Dimension.DEPARTMENT.key()))
                .reduce(new SupervisionQueries.Row("", "", 0, 0, 0, 0, 0, 0), (a, b) -> new SupervisionQueries.Row("", "",
                        a.completed() + b.completed(), a.onTime() + b.onTime(), a.minutes() + b.minutes(),
                        a.ratingSum() + b.ratingSum(), a.ratingCount() + b.ratingCount(), a.violations() + b.violations()));
        return figure(Dimension.DEPARTMENT, "", "全厅", sum);
    }

    private static Figure figure(Dimension dimension, String subject, String name, SupervisionQueries.Row r) {
        Double onTime = r.completed() == 0 ? null : 100.0 * r.onTime() / r.completed();
        Double hours = r.completed() == 0 ? null : r.minutes() / 60.0 / r.completed();
        Double satisfaction = r.ratingCount() == 0 ? null : (double) r.ratingSum() / r.ratingCount();
        return new Figure(dimension, subject, name, r.completed(), onTime, hours, satisfaction, r.ratingCount(),
                r.violations());
    }

    private Map<String, String> names() {
        Map<String, String> names = catalog.departments().stream().collect(Collectors.toMap(
                d -> Dimension.DEPARTMENT.key() + ":" + d.code(), Department::shortName));
        names.putAll(catalog.windows().stream().collect(Collectors.toMap(
                w -> Dimension.WINDOW.key() + ":" + w.number(), w -> w.number() + " " + w.sign())));
        names.putAll(catalog.staff().stream().collect(Collectors.toMap(
                s -> Dimension.STAFF.key() + ":" + s.badge(), Staff::name)));
        return names;
    }
}
