-- PostgreSQL's JIT compiler starts when a plan's estimated cost passes jit_above_cost. A bounded inbox count
-- ("fetch first 100 rows") is estimated at the cost of its whole scan, so JIT spent ~20 ms compiling a query that
-- ran in 2 ms. eOffice runs short OLTP queries only: JIT is switched off for the database (new sessions).
-- An installation whose account may not alter the database keeps its setting; the DBA can run this line.
do $$
begin
  execute format('alter database %I set jit = off', current_database());
exception when insufficient_privilege then
  raise notice 'jit left as configured: %', sqlerrm;
end;
$$;
