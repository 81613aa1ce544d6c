-- Indexes for the nested and filtered lists that the benchmarks (bench/, docs/benchmarks.md) load
-- at scale: each serves a list in its own order, so a page reads its rows from the index in order
-- instead of sorting every row of the parent.

-- Process.timeline: a process's events and statements in date order.
create index event_process_start_idx on event (process_id, start_earliest, id);
create index statement_process_date_idx on statement (process_id, date_earliest, id);

-- Commitments of a process (dashboards: overdue ones), in the order they were recorded.
create index commitment_process_deadline_idx on commitment (process_id, deadline_latest, id);

-- Events an actor took part in (Actor.mediatedEvents, events(filter: {actor})): the participation
-- rows of one actor and role, with the event to join, without reading each row.
create index participation_actor_role_event_idx on participation (actor_id, role, event_id);
