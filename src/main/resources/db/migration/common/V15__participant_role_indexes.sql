-- The boxes ask "documents where this person (or unit) is lead or co-processing": the role is in the index, and the
-- document id after it, so the question is answered from the index alone, from the participant side.
create index document_participant_user_role_idx on document_participant (user_id, role, document_id);
create index document_participant_unit_role_idx on document_participant (unit_id, role, document_id);
drop index document_participant_user_idx;
drop index document_participant_unit_idx;
