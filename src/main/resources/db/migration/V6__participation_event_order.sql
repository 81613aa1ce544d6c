-- Copies of each event's kind and start on its participations, so that an actor's events of one
-- role (Actor.mediatedEvents: a mediator's meetings, thousands at scale) can be paged and counted
-- from one index of participation, in date order, without reading every event they join.
-- The application keeps the copies equal to the event (Participation.follow, EventService.update).
alter table participation add column event_kind varchar(40);
alter table participation add column event_start_earliest date;
update participation set
    event_kind = (select e.kind from event e where e.id = participation.event_id),
    event_start_earliest = (select e.start_earliest from event e where e.id = participation.event_id);
alter table participation alter column event_kind set not null;
alter table participation alter column event_start_earliest set not null;

create index participation_actor_role_start_idx on participation (actor_id, role, event_start_earliest, event_id);
create index participation_actor_role_kind_start_idx on participation (actor_id, role, event_kind, event_start_earliest, event_id);
