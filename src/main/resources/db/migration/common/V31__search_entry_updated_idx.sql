-- after a crash the search index catches up with the entries changed shortly before its newest change (SearchCatchUp)
create index search_entry_updated_idx on search_entry (updated_at);
