-- A State number received by exchange with its year (CodeNumber 12, CodeNotation 2025/QĐ-UBND) was prefilled and
-- registered as 12-2025/QĐ-UBND, a Party hyphen the issuer never wrote. Repaired only where the registered notation
-- is still exactly that wrong prefill of the package it was accepted from: a notation the clerk changed by hand is
-- left as it is. The search projection follows; its full-text index is refreshed by a reindex (Quản trị → Chỉ mục
-- tìm kiếm, /admin/search).
-- (Same version under db/migration/h2 and db/migration/postgresql: only the regular expression differs.)
update document d
   set notation = (select min(i.code_number || '/' || i.code_notation) from exchange_inbox i
                    where i.document_id = d.id and i.code_number <> '0' and regexp_like(i.code_notation, '^[0-9]{4}/')
                      and d.notation = i.code_number || '-' || i.code_notation)
 where d.direction = 'INCOMING'
   and exists (select 1 from exchange_inbox i
                where i.document_id = d.id and i.code_number <> '0' and regexp_like(i.code_notation, '^[0-9]{4}/')
                  and d.notation = i.code_number || '-' || i.code_notation);

update search_entry s
   set notation = (select d.notation from document d where d.id = s.document_id)
 where exists (select 1 from exchange_inbox i join document d on d.id = i.document_id
                where i.document_id = s.document_id and i.code_number <> '0'
                  and regexp_like(i.code_notation, '^[0-9]{4}/')
                  and s.notation = i.code_number || '-' || i.code_notation
                  and d.notation = i.code_number || '/' || i.code_notation);
