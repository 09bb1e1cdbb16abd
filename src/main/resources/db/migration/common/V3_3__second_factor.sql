-- Optional second factor (TOTP, RFC 6238) for administrators and leaders: the Base32 secret, and the last time step
-- whose code was used, so that a code is good only once.
alter table app_user add column totp_secret varchar(64);
alter table app_user add column totp_last_step bigint not null default 0;
