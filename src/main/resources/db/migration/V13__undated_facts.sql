-- Events and statements may be undated: a proposed meeting that no source dates, a claim known
-- only from the report that carries it. Their date columns hold NULL then, and so do the copies of
-- an event's dates on its participations (V6, V7). Both databases sort NULL after every date
-- (H2 through DEFAULT_NULL_ORDERING=HIGH in the JDBC URL, PostgreSQL by default), so chronological
-- lists put undated records last and the existing indexes keep serving them (graphql.Ordering).
alter table event alter column start_edtf drop not null;
alter table event alter column start_earliest drop not null;
alter table event alter column start_latest drop not null;
alter table statement alter column date_edtf drop not null;
alter table statement alter column date_earliest drop not null;
alter table statement alter column date_latest drop not null;
alter table participation alter column event_start_earliest drop not null;
alter table participation alter column event_end_latest drop not null;
