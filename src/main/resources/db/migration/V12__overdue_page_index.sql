-- The page of a process's overdue commitments (past their deadline, in id order) read every
-- overdue commitment of the process from the table only to learn its id, and sorted them. With
-- the id in the index, PostgreSQL answers the page from the index alone (an index-only scan at
-- scale L: 0.1 ms instead of 0.9 for a process with 605 overdue commitments); the overdue count
-- reads the same index. It replaces V7's index, which it extends.
create index commitment_process_status_deadline_id_idx on commitment (process_id, status, deadline_latest, id);
drop index commitment_process_status_deadline_idx;
