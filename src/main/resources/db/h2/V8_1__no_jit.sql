-- H2 has no JIT compilation to turn off (see db/postgresql/V8_1__no_jit.sql).
-- This file keeps the migration history the same on both databases.
select 1;
