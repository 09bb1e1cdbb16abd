-- One series per agency and rule, not per register (DOMAIN.md §8): two registers that issue the same type drew from
-- two counters and issued one number and symbol twice. Counters now belong to the agency; a register's series key
-- says which counter it draws from ("out:type:CV", "in:all", "in:all:secret", "out@<name>:…" for a separate series
-- the administrator named on purpose).
alter table register add column separate_series varchar(20);

create table number_counter (
  agency_id   bigint      not null references agency (id),
  series_key  varchar(40) not null,
  period_key  varchar(30) not null,
  last_number bigint      not null,
  primary key (agency_id, series_key, period_key)
);

-- the counters of registers that now share a series continue from the highest number any of them issued
insert into number_counter (agency_id, series_key, period_key, last_number)
select r.agency_id,
       case when r.kind = 'INCOMING' then 'in:' || s.series_key || case when r.secret_only then ':secret' else '' end
            else 'out:' || s.series_key end,
       s.period_key, max(s.last_number)
from number_series s join register r on r.id = s.register_id
group by r.agency_id,
       case when r.kind = 'INCOMING' then 'in:' || s.series_key || case when r.secret_only then ':secret' else '' end
            else 'out:' || s.series_key end,
       s.period_key;

alter table document alter column number_series set data type varchar(40);
update document set number_series =
    (select case when r.kind = 'INCOMING' then 'in:' || document.number_series
                      || case when r.secret_only then ':secret' else '' end
                 else 'out:' || document.number_series end
     from register r where r.id = document.register_id)
where register_id is not null and number_series is not null;

-- numbers already issued twice stay as issued (they are on paper); the later copy is marked with its register so the
-- agency-wide uniqueness below can hold from now on
update document set number_series = number_series || '#' || register_id
where register_number is not null and exists (
    select 1 from document o
    where o.agency_id = document.agency_id and o.number_series = document.number_series
      and o.number_period = document.number_period and o.register_number = document.register_number
      and o.id < document.id);

drop index document_register_number_uk;
create unique index document_number_uk on document (agency_id, number_series, number_period, register_number);
drop table number_series;
