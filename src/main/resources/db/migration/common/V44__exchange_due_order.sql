-- The dispatcher reads the due entries in (next_attempt_at, id) order: with the id in the index, the database reads
-- them in that order instead of sorting every pending entry at each claim (the whole backlog under load).
drop index ix_exchange_outbox_due;
create index ix_exchange_outbox_due on exchange_outbox (state, next_attempt_at, id);
