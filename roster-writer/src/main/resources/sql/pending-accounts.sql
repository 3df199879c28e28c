-- The next queued accounts after :after, in id order. The outbox is read by key from where the
-- previous batch ended: read from its start, each batch would pass over every row sent before it.
select a.id, a.district_id, a.clever_user_id, a.username, a.username_key, a.source, a.status,
       a.version, a.updated_at, o.version as queued_version
from (select account_id, version
      from account_outbox
      where account_id > :after
      order by account_id
      limit :limit) o
join account a on a.id = o.account_id
order by o.account_id
