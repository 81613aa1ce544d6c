-- Live updates (subscriptions): every transaction that records timeline items (events, statements,
-- commitment status changes) appends them here, in the same transaction, under the next position
-- of timeline_outbox_head. Each such transaction locks the head row from the moment it takes a
-- position until it commits, so positions are gap-free and become visible in commit order: a
-- reader that has seen position n has seen everything before it, on H2 and PostgreSQL alike, and
-- an instance can replay what a client missed after a position (live.OutboxBatch).
create table timeline_outbox_head (
    id       integer primary key,
    position bigint  not null
);
insert into timeline_outbox_head (id, position) values (1, 0);

create table timeline_outbox (
    position      bigint      not null,
    ordinal       integer     not null,
    item_type     varchar(40) not null,
    item_id       bigint      not null,
    process_id    bigint,
    commitment_id bigint,
    committed_at  timestamp with time zone not null,
    primary key (position, ordinal)
);
create index timeline_outbox_process_idx on timeline_outbox (process_id, position, ordinal);
create index timeline_outbox_commitment_idx on timeline_outbox (commitment_id, position, ordinal);
