-- the search module's catch-up at start-up reads the documents changed in the last days (SearchCatchUp, ADR 0020)
create index document_event_time_idx on document_event (occurred_at);
