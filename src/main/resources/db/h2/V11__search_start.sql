-- `search` ranks records whose text starts with the query above the others. An ordinary index on
-- the first 100 characters of each searched text finds them (LIKE 'query%'), where a scan would
-- read the whole table; search_text itself is too long for an index. H2 keeps the column from
-- search_text on every write. PostgreSQL has its own version of this migration.
alter table event add column search_start varchar(100) generated always as (left(search_text, 100));
alter table statement add column search_start varchar(100) generated always as (left(search_text, 100));
alter table quote add column search_start varchar(100) generated always as (left(search_text, 100));
alter table commitment add column search_start varchar(100) generated always as (left(search_text, 100));
create index event_search_start on event (search_start);
create index statement_search_start on statement (search_start);
create index quote_search_start on quote (search_start);
create index commitment_search_start on commitment (search_start);
