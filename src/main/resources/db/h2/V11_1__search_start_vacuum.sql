-- V11's generated columns made H2 rebuild these four tables, and a rebuilt table loses the column
-- selectivities H2 plans with: on a large database it then chose poor indexes (at scale L the
-- traversal and the overdue page went from a few ms to over 500). ANALYZE measures them again.
-- PostgreSQL vacuums the same tables in its version of this migration.
analyze;
