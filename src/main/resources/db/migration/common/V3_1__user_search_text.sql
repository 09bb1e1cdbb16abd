-- Name and username folded to lowercase ASCII, so that "hung" finds "Hùng" (users type without diacritics).
-- Rows from before get their username and name lowercased here; the application folds them fully on the next save.
alter table app_user add column search_text varchar(400);
update app_user set search_text = lower(username || ' ' || full_name);
