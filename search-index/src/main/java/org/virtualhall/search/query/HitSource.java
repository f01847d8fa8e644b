package org.virtualhall.search.query;

import java.util.List;

/** The part of a stored document a hit needs; the long text fields stay in Elasticsearch. */
record HitSource(String type, String id, String name, String department, List<String> windows, Integer floor) {

    static final List<String> FIELDS = List.of("type", "id", "name", "department", "windows", "floor");
}
