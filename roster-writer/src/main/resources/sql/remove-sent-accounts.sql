-- Drops outbox rows the broker acknowledged, unless the account changed again since.
delete from account_outbox o
using unnest(:ids::varchar[], :versions::bigint[]) as sent (id, version)
where o.account_id = sent.id and o.version <= sent.version
