-- The search entry keeps up to 100,000 characters of its files' text: compressed with lz4 rather than pglz for the
-- reason given in V5_1 (five times faster to write). A server built without lz4 keeps pglz.
do $$
begin
  alter table search_entry alter column content set compression lz4;
exception when feature_not_supported or invalid_parameter_value then
  raise notice 'search content stays compressed with pglz: %', sqlerrm;
end;
$$;
