-- The collective meeting's minutes as a stored file (files module), beside the text summary (docs/adr/0030).
alter table evaluation_sheet add column minutes_file_id bigint;
