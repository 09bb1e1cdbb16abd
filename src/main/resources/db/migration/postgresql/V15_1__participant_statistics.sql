-- A leader is the LEADER participant of almost every document but the lead of few: without statistics on the pair,
-- PostgreSQL multiplies the two frequencies, expects thousands of "lead" rows and scans the documents instead.
create statistics document_participant_user_role_st (mcv, dependencies) on user_id, role from document_participant;
create statistics document_participant_unit_role_st (mcv, dependencies) on unit_id, role from document_participant;
analyze document_participant;
