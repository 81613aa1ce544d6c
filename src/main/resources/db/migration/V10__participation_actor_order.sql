-- Actor.participations pages an actor's participations in the order they were recorded (by id):
-- this index answers one actor's page, and ROW_NUMBER() per actor for several, without sorting
-- every participation of a state that took part in thousands of events.
create index participation_actor_id_idx on participation (actor_id, id);
