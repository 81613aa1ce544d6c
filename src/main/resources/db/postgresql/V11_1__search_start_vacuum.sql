-- V11's generated columns rewrote these four tables, which leaves PostgreSQL's visibility map
-- empty: until a vacuum, index-only scans (the overdue count, the timeline's counts) read every
-- table page they count (measured at scale L: the overdue count went from about 0.2 ms to 2.4 ms),
-- and autovacuum sees no dead rows that would start one. VACUUM cannot run in a transaction:
-- Flyway runs a script made only of such statements without one.
vacuum analyze event;
vacuum analyze statement;
vacuum analyze quote;
vacuum analyze commitment;
