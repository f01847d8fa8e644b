-- outer: the latest catalog publication (one row), shared by the outer instances (outer/hall/SharedCatalog): the one
-- that takes a publication off the shared spool keeps it here, and the others serve it within catalog.recheck.
CREATE TABLE hall_publication (
    id           INT PRIMARY KEY,
    published_ms BIGINT NOT NULL,
    hall         TEXT NOT NULL
);
