-- The secrecy of the record an audit line is about: the line is shown only to people cleared for it (issue 20).
alter table audit_entry add column secrecy varchar(12) default 'NONE' not null;
