-- Write API. One script for H2 (MODE=PostgreSQL) and PostgreSQL.
--
-- record_redirect: when mergeActors merges a record into another, the merged record's id keeps
-- resolving to the survivor (node(id:), actor(id:), every argument and filter taking an id).
-- Redirects are kept flat: merging a survivor later re-points the rows that pointed at it, so
-- old_id -> new_id always names a stored record. No foreign key on new_id: ids are unique across
-- tables, and deleting the survivor deletes the rows pointing at it.
create table record_redirect (
    old_id      bigint primary key,
    new_id      bigint not null,
    record_type varchar(40) not null,
    created_at  timestamp with time zone not null
);
create index record_redirect_new_idx on record_redirect (new_id);
