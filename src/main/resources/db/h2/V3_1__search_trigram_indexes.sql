-- H2 has no trigram indexes: the embedded database scans for `search`, which suits its size.
-- This file keeps the migration history the same on both databases.
select 1;
