package org.virtualhall.model.hall;

import java.util.HashSet;
import java.util.Set;
import org.virtualhall.model.catalog.Department;
import org.virtualhall.model.catalog.Post;
import org.virtualhall.model.catalog.Staff;
import org.virtualhall.model.catalog.Window;

/** Checks departments and the staff on each window's duty board. */
final class CatalogChecks {

    private final Hall hall;
    private final HallManifest manifest;
    private final Problems problems;

    CatalogChecks(Hall hall, HallManifest manifest, Problems problems) {
        this.hall = hall;
        this.manifest = manifest;
        this.problems = problems;
    }

    void run() {
        checkDepartments();
        checkStaff();
    }

    private void checkDepartments() {
        String file = manifest.departments();
        Set<String> codes = new HashSet<>();
        for (Department d : hall.departments()) {
            String entry = "department " + d.code();
            if (d.code() == null || !d.code().matches("[A-Z]{2,5}")) {
                problems.add(file, entry, "the code must be 2 to 5 capital letters");
            } else if (!codes.add(d.code())) {
                problems.add(file, entry, "the code appears twice");
            }
            problems.requireText(file, entry, "name", d.name());
            problems.requireText(file, entry, "shortName", d.shortName());
            problems.require(file, entry, "attendance", d.attendance());
            if (hall.windows().stream().noneMatch(w -> d.code().equals(w.department()))) {
                problems.add(file, entry, "the department has no window");
            }
        }
    }

    private void checkStaff() {
        String file = manifest.staff();
        Set<String> badges = new HashSet<>();
        for (Staff s : hall.staff()) {
            String entry = "staff " + s.badge() + " (" + s.name() + ")";
            if (s.badge() == null || !badges.add(s.badge())) {
                problems.add(file, entry, "the badge number is missing or appears twice");
            }
            problems.requireText(file, entry, "name", s.name());
            problems.requireText(file, entry, "role", s.role());
            problems.require(file, entry, "post", s.post());
            Window window = hall.window(s.window()).orElse(null);
            if (window == null) {
                problems.add(file, entry, "window " + s.window() + " does not exist");
            } else if (!window.department().equals(s.department())) {
                problems.add(file, entry, "works for " + s.department() + " but window " + s.window()
                        + " belongs to " + window.department());
            }
        }
        for (Window w : hall.windows()) {
            boolean hasA = hall.staff().stream().anyMatch(s -> w.number().equals(s.window()) && s.post() == Post.A);
            if (!hasA) {
                problems.add(file, "window " + w.number(), "no staff holds the A post of this window");
            }
        }
    }
}
