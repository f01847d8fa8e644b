-- Several instances share one database behind a balancer.

-- One row per job that only one instance may run at a time (seeding an empty store, pushing the outbox). A job holds
-- its row FOR UPDATE for its transaction; when an instance dies its connection and its lock go with it.
CREATE TABLE instance_locks (
    name VARCHAR(32) PRIMARY KEY
);
INSERT INTO instance_locks (name) VALUES ('seed'), ('outbox');

-- Every change of the catalog counts one up, so an instance knows when the items it has cached are stale.
CREATE TABLE catalog_revision (
    id       INT    PRIMARY KEY,
    revision BIGINT NOT NULL
);
INSERT INTO catalog_revision (id, revision) VALUES (1, 0);
