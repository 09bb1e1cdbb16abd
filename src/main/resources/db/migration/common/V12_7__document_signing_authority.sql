-- Thẩm quyền ký (T/M, K/T, T/L, TUQ., Q.) and the line that follows it ("K/T" + "TRƯỞNG BAN"): chosen for an
-- outgoing document before it is signed (null until then: the signer's position decides at signature), read off an
-- incoming one. Printed before the signer's title, listed in the outgoing register, sent as edXML Competence.
alter table document add column signing_authority varchar(10);
alter table document add column signing_for varchar(100);
