-- Agency names folded without Vietnamese diacritics (đ -> d), kept by the application, so that "ban dan van"
-- finds "Ban Dân vận". Rows written before this column existed get a lower-case key until they are next saved.
alter table agency add column search_key varchar(600);
update agency set search_key = lower(name || ' ' || abbreviation || ' ' || coalesce(identifier_code, ''));
create index agency_hosted_name_idx on agency (hosted, name);
