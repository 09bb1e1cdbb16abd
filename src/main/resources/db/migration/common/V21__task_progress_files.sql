-- Files attached to a progress update (task_event of kind PROGRESS), held by their id in the files module.
create table task_event_file (
  event_id bigint not null references task_event (id),
  position integer not null,
  file_id  bigint not null,
  name     varchar(255) not null,
  primary key (event_id, position)
);
create index task_event_file_file_idx on task_event_file (file_id);
