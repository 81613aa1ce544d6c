-- PostgreSQL only: quarkus.flyway.locations adds db/postgresql to PostgreSQL builds.
-- Trigram indexes let `search` match any part of a text (LIKE '%word%') without a full scan.
-- pg_trgm ships with PostgreSQL's contrib; creating it needs a role allowed to create extensions.
create extension if not exists pg_trgm;
create index actor_normalized_name_trgm on actor using gin (normalized_name gin_trgm_ops);
create index actor_name_normalized_trgm on actor_name using gin (normalized_name gin_trgm_ops);
create index event_search_trgm on event using gin (search_text gin_trgm_ops);
create index statement_search_trgm on statement using gin (search_text gin_trgm_ops);
create index quote_search_trgm on quote using gin (search_text gin_trgm_ops);
create index commitment_search_trgm on commitment using gin (search_text gin_trgm_ops);
