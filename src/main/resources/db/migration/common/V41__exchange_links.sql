-- Links between exchanged documents: the document a reply answers (ResponseFor), and the earlier document an update
-- (BussinessDocType 2) or a replacement (3) is about. An update carries the same DocumentId as the document it
-- corrects, so a received entry is now unique per revision: '' for a document or a replacement, the sender's trace
-- timestamp for an update (stable across the sender's retries, which resend the stored package).

alter table exchange_inbox add column revision varchar(40) default '' not null;
alter table exchange_inbox drop constraint uk_exchange_inbox;
alter table exchange_inbox add constraint uk_exchange_inbox
    unique (sender_organ_id, document_key, recipient_organ_id, revision);
alter table exchange_inbox add column business_reason varchar(1000);
alter table exchange_inbox add column earlier_key varchar(200);
alter table exchange_inbox add column earlier_inbox_id bigint references exchange_inbox (id);
alter table exchange_inbox add column response_for_key varchar(200);
alter table exchange_inbox add column response_for_code varchar(130);
alter table exchange_inbox add column answers_document_id bigint;
create index ix_exchange_inbox_earlier on exchange_inbox (earlier_inbox_id);
create index ix_exchange_inbox_answers on exchange_inbox (answers_document_id);

alter table exchange_outbox add column replaced_key varchar(200);
