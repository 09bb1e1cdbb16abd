-- Failed logins counted per account name (as typed, lower case: unknown names too) and per source address. They
-- earn growing delays instead of a lock that anyone could put on someone else's account (issue 20).
create table login_throttle (
  throttle_key    varchar(120) primary key,
  failures        integer      not null,
  last_failure_at timestamp(6) with time zone not null,
  blocked_until   timestamp(6) with time zone,
  alerted_at      timestamp(6) with time zone
);
create index login_throttle_last_failure_idx on login_throttle (last_failure_at);

alter table app_user drop column failed_logins;
alter table app_user drop column locked_until;
