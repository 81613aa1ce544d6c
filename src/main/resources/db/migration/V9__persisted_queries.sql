-- Automatic persisted queries (org.accord.persisted.PersistedQueryStore): the documents clients
-- registered under the SHA-256 of their text, shared by every instance. last_used_at orders
-- eviction once the table holds accord.persisted-queries.max-entries documents.
create table persisted_query (
    hash          varchar(64) primary key,
    document      varchar(1000000) not null,
    created_at    timestamp with time zone not null,
    last_used_at  timestamp with time zone not null
);
create index persisted_query_last_used_idx on persisted_query (last_used_at, hash);
