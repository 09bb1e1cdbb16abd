-- The signed package of an outbox entry lives apart from the entry. The entry's row is updated at every claim,
-- attempt and status; the package (often hundreds of kilobytes) is written once and only read to send it.
create table exchange_payload (
    outbox_id bigint primary key references exchange_outbox (id),
    payload bytea not null
);
insert into exchange_payload (outbox_id, payload) select id, payload from exchange_outbox where payload is not null;
alter table exchange_outbox drop column payload;
