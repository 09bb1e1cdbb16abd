-- The search module's projection of documents: what the full-text index is built from (Hibernate Search).
create table search_entry (
  document_id    bigint        primary key,
  agency_id      bigint        not null,
  direction      varchar(20)   not null,
  status         varchar(20)   not null,
  type_code      varchar(10),
  register_id    bigint,
  notation       varchar(60),
  summary        varchar(500)  not null,
  issuer_name    varchar(300),
  document_date  date,
  arrival_date   date,
  urgency        varchar(20)   not null,
  secrecy        varchar(20)   not null,
  owner_unit_id  bigint,
  content        varchar(100000),
  updated_at     timestamp(6) with time zone not null,
  version        bigint
);

create table search_entry_user (
  document_id bigint not null references search_entry (document_id) on delete cascade,
  user_id     bigint not null,
  primary key (document_id, user_id)
);

create table search_entry_unit (
  document_id bigint not null references search_entry (document_id) on delete cascade,
  unit_id     bigint not null,
  primary key (document_id, unit_id)
);

create table search_entry_file (
  document_id bigint not null references search_entry (document_id) on delete cascade,
  file_id     bigint not null,
  primary key (document_id, file_id)
);
create index search_entry_file_idx on search_entry_file (file_id);
