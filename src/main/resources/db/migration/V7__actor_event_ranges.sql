-- events(filter: {actor, from, to}) from participation alone: each participation also copies the
-- last day its event can have reached (its end, or its start when it has none), and one index
-- holds, per actor in date order, everything the filter and the page need. Before, every one of
-- the actor's events (thousands at scale) was read from the event table to test the dates.
-- The application keeps the copy equal to the event (Participation.follow, EventService.update).
alter table participation add column event_end_latest date;
update participation set event_end_latest =
    (select coalesce(e.end_latest, e.start_latest) from event e where e.id = participation.event_id);
alter table participation alter column event_end_latest set not null;

create index participation_actor_start_idx
    on participation (actor_id, event_start_earliest, event_id, event_end_latest, role, event_kind);

-- The overdue commitments of a process (commitments(filter: {process, overdueAsOf})) are counted
-- from this index: open statuses, deadline before the day, without reading the commitments.
create index commitment_process_status_deadline_idx on commitment (process_id, status, deadline_latest);
