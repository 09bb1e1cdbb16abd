create trigger audit_entry_no_update before update on audit_entry for each row call "vn.eoffice.audit.AppendOnlyTrigger";
create trigger audit_entry_no_delete before delete on audit_entry for each row call "vn.eoffice.audit.AppendOnlyTrigger";
