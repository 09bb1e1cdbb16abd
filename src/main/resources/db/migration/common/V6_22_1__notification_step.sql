-- The waiting step a notification announces (e.g. "outgoing:12:review:5"): when the step is done its notifications
-- are marked read, so they leave the bell's count (issue 22).
alter table notification add column step varchar(200);
create index notification_step_idx on notification (step);
