-- inner: the head of the audit chain (one row), so that inner instances on one database append to one chain: an
-- append locks this row (SELECT ... FOR UPDATE), chains its rows on from the head and moves it, all in one
-- transaction; another instance's append waits for the lock and then chains on from the rows just committed.
CREATE TABLE audit_head (
    id    INT PRIMARY KEY,
    chain VARCHAR(64) NOT NULL
);
INSERT INTO audit_head (id, chain)
SELECT 1, COALESCE((SELECT chain FROM audit ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY), '');
