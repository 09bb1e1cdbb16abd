-- The rows of units taking part in documents they do not own: a unit's participations outside its own documents are
-- read from here, not picked out of all its rows (Participations.outsideOwnUnits repeats this condition word for
-- word, so that PostgreSQL can prove the index applies). H2 has no partial indexes and reads the unit's rows.
create index document_participant_unit_elsewhere_idx on document_participant (unit_id, document_id)
  where unit_id <> owner_unit_id or owner_unit_id is null;
analyze document_participant;
