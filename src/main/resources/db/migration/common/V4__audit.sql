-- Append-only, hash-chained audit log. Vendor migrations add a trigger that refuses UPDATE and DELETE.
create table audit_entry (
  seq            bigint       not null primary key,
  occurred_at    timestamp(6) with time zone not null,
  actor_id       bigint,
  actor_username varchar(60),
  acting_for     varchar(60),
  action         varchar(60)  not null,
  object_type    varchar(40),
  object_id      varchar(80),
  details        varchar(2000),
  remote_address varchar(64),
  outcome        varchar(10)  not null,
  previous_hash  varchar(64)  not null,
  hash           varchar(64)  not null
);
create index audit_entry_actor_idx on audit_entry (actor_username);
create index audit_entry_object_idx on audit_entry (object_type, object_id);
create index audit_entry_time_idx on audit_entry (occurred_at);

create table audit_chain_head (
  id        integer     not null primary key,
  last_seq  bigint      not null,
  last_hash varchar(64) not null
);
insert into audit_chain_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
