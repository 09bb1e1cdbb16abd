-- Version 44.21.1: after the exchange tables (V40–V44); "21.1" is issue 21's prefix, so no other helper clashes.
-- What a received edXML package says beyond the register's fields (issue 21): kept for the clerk to see.
alter table exchange_inbox add column due_time time;
alter table exchange_inbox add column place varchar(100);
alter table exchange_inbox add column document_type integer;
alter table exchange_inbox add column sphere_of_promulgation varchar(200);
alter table exchange_inbox add column typer_notation varchar(100);
alter table exchange_inbox add column promulgation_amount integer;
alter table exchange_inbox add column steering_type integer;
alter table exchange_inbox add column paper integer;
alter table exchange_inbox add column content varchar(2000);
alter table exchange_inbox add column sender_in_charge varchar(300);
alter table exchange_inbox add column sender_contact varchar(600);
alter table exchange_inbox add column sender_staff varchar(600);
