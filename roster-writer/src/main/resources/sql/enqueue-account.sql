insert into account_outbox (account_id, version)
select id, version from account where id = :account
on conflict (account_id) do update set version = excluded.version
