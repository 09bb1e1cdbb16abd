-- SignerInfo/Competence of a received package as the sender wrote it ("K/T TRƯỞNG BAN"), kept with the queue entry
-- and carried into the registration.
alter table exchange_inbox add column signer_competence varchar(150);
