-- `search` finds places by name, and `places(filter: {name})` ignores accents as well as case:
-- each place keeps its name folded (lower case, no diacritics), written by the entity on every
-- insert and update (graphql.Folding). Places are few, like actors' names: a scan finds them, and
-- the column needs no trigram index. The Java migration V14_1 folds the names already stored.
alter table place add column search_text varchar(1000);
