-- Each participant row carries the unit that owns its document (Document keeps them in step). A unit takes part in
-- most of what it owns, so a unit's lists take its own documents from the documents' indexes and only the few it,
-- or its people, take part in elsewhere from the participant rows, without reading the documents (ADR 0012).
alter table document_participant add column owner_unit_id bigint references org_unit (id);
update document_participant set owner_unit_id =
  (select d.owner_unit_id from document d where d.id = document_participant.document_id);
-- a unit's own documents by box in inbox order, and by deadline for the overdue box
create index document_owner_box_idx on document (agency_id, direction, owner_unit_id, status, urgency_rank desc,
  received_at desc, id desc);
create index document_owner_deadline_idx on document (agency_id, direction, owner_unit_id, deadline);
-- the inbox order now also carries the owner unit and the deadline: walking it for a unit's page skips the other
-- units' documents (and those not overdue) inside the index instead of reading each one
drop index document_inbox_idx;
create index document_inbox_idx on document (agency_id, direction, urgency_rank desc, received_at desc, id desc,
  secrecy, owner_unit_id, deadline);
