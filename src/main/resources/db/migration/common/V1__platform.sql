-- Spring Modulith event publication registry (schema v2), written here because Hibernate would size it wrongly.
create table event_publication (
  id                     uuid not null primary key,
  listener_id            varchar(512) not null,
  event_type             varchar(512) not null,
  serialized_event       varchar(1000000) not null,
  publication_date       timestamp(6) with time zone not null,
  completion_date        timestamp(6) with time zone,
  status                 varchar(32),
  completion_attempts    integer,
  last_resubmission_date timestamp(6) with time zone
);
create index event_publication_completion_idx on event_publication (completion_date);

-- ShedLock: one node at a time runs a scheduled job in a cluster.
create table shedlock (
  name       varchar(64) not null primary key,
  lock_until timestamp(3) not null,
  locked_at  timestamp(3) not null,
  locked_by  varchar(255) not null
);
