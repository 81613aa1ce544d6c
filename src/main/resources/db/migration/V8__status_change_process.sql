-- A process's timeline pages its commitments' status changes by date. They reached their process
-- only through the commitment, so every change of the process (tens of thousands at scale) was
-- joined and sorted for a page of twenty. Each change now copies its commitment's process, and
-- one index holds the timeline order per process. The application keeps the copy equal to the
-- commitment's (CommitmentStatusChange.follow, CommitmentService.updateCommitment).
alter table commitment_status_change add column process_id bigint references process (id);
update commitment_status_change set process_id =
    (select c.process_id from commitment c where c.id = commitment_status_change.commitment_id);

create index status_change_process_date_idx on commitment_status_change (process_id, date_earliest, id);
