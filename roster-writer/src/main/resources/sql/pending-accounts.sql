select a.id, a.district_id, a.clever_user_id, a.username, a.username_key, a.source, a.status,
       a.version, a.updated_at, o.version as queued_version
from account_outbox o join account a on a.id = o.account_id
order by o.account_id
limit :limit
