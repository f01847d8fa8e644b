package org.virtualhall.model.hall;

import java.util.List;
import java.util.stream.Collectors;

/** The hall data cannot be used; lists every problem found, not just the first. */
public final class HallDataException extends RuntimeException {

    private final transient List<Problem> problems;

    public HallDataException(List<Problem> problems) {
        super(problems.size() + " problem(s) in the hall data:\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
