-- Search: each searchable record keeps a folded copy of its text (lower case, no diacritics),
-- written by the entity on every insert and update (see graphql.Folding). Actors are searched
-- through actor.normalized_name and actor_name.normalized_name, which V1 already has.
alter table event add column search_text varchar(21000);
alter table statement add column search_text varchar(20000);
alter table quote add column search_text varchar(20000);
alter table commitment add column search_text varchar(20000);

-- Rows stored before this migration: lower case is the closest SQL both databases share; the
-- entities write the exact folding from their next update on.
update event set search_text = lower(title || ' ' || coalesce(summary, ''));
update statement set search_text = lower(coalesce(summary, ''));
update quote set search_text = lower(text);
update commitment set search_text = lower(description);
