-- A signed package is mostly the base64 of its attachments, which compresses little (base64 of a PDF or a picture),
-- yet PostgreSQL runs pglz over every value this large before storing it out of line: milliseconds per package on the
-- sending node, and a decompression at each send. The packages are kept out of line as they are.
alter table exchange_payload alter column payload set storage external;
