-- The inbox lists an agency's incoming documents urgent first, then newest: this index hands them over in that
-- order, so a page stops after its rows instead of sorting the whole agency; secrecy, last, lets the box total be
-- counted from the index alone.
create index document_inbox_idx on document (agency_id, direction, urgency_rank desc, received_at desc, id desc, secrecy);
