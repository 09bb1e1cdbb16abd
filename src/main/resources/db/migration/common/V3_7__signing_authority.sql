-- The authority to sign the agency's documents given to a person who is not a leader (K/T, T/L, TUQ, Q.).
alter table app_user add column signing_authority varchar(20);
