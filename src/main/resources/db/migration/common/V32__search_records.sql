-- The search module's copy of other modules' searchable records (tasks, meetings, monitored documents; ADR 0024).
create table search_record (
  entry_key    varchar(60)   primary key,
  kind         varchar(20)   not null,
  record_id    bigint        not null,
  agency_id    bigint        not null,
  title        varchar(1000),
  text         varchar(100000),
  type_name    varchar(200),
  record_date  date,
  link         varchar(300),
  updated_at   timestamp(6) with time zone not null
);
create index search_record_kind_idx on search_record (kind, record_id);
