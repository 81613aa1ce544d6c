-- `search` ranks records whose text starts with the query above the others. A B-tree index on the
-- first 100 characters of each searched text finds them by range (search_start >= 'query' and
-- search_start < 'querz'), where the trigram index would return every record containing the
-- query's trigrams; search_text itself is too long for a B-tree entry. The column sorts in the
-- "C" collation, by code point, so that a range holds exactly the texts that start with its low
-- end whatever the database's collation; and a range, unlike LIKE 'query%', can use the index in
-- the generic plans Accord's connections use (ops.PostgresPlanCache).
-- PostgreSQL keeps the column from search_text on every write. H2 has its own version of this
-- migration.
alter table event add column search_start varchar(100) collate "C" generated always as (left(search_text, 100)) stored;
alter table statement add column search_start varchar(100) collate "C" generated always as (left(search_text, 100)) stored;
alter table quote add column search_start varchar(100) collate "C" generated always as (left(search_text, 100)) stored;
alter table commitment add column search_start varchar(100) collate "C" generated always as (left(search_text, 100)) stored;
create index event_search_start on event (search_start);
create index statement_search_start on statement (search_start);
create index quote_search_start on quote (search_start);
create index commitment_search_start on commitment (search_start);
