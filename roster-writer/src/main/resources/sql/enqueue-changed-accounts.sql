-- Every account the apply changed goes out on roster.accounts (after the commit).
insert into account_outbox (account_id, version)
select c.account_id, a.version
from tmp_account_change c join account a on a.id = c.account_id
where c.kind <> 'UNCHANGED'
on conflict (account_id) do update set version = excluded.version
