-- PostgreSQL only. Turn off PostgreSQL's JIT compilation for Accord's database.
-- The planner compiles any statement it prices above jit_above_cost (100,000) to machine code
-- first. Accord's statements are short; the only ones priced that high are search conditions on
-- statements (a sequential scan with a quote subquery per word), where at benchmark scale L the
-- compilation took 271 ms of a 628 ms statement that runs in 133 ms without it
-- (docs/benchmarks.md, "Search"). The setting applies to sessions opened after this migration.
-- Changing a database's settings needs its owner: a role without that right gets a notice here,
-- and its operator can add `options=-c%20jit=off` to the JDBC URL instead (docs/deployment.md).
do $$
begin
    execute format('alter database %I set jit = off', current_database());
exception
    when insufficient_privilege then
        raise notice 'jit is left on: only the owner of database % can change its settings', current_database();
end
$$;
