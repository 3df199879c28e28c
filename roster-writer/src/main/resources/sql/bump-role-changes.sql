-- Accounts whose only change was a role are updated too: new version, new updated_at.
with bumped as (
    update tmp_account_change c set kind = 'UPDATED'
    from tmp_role_change r
    where c.account_id = r.account_id and c.kind = 'UNCHANGED'
    returning c.account_id
)
update account a set version = a.version + 1, updated_at = :now
from bumped b where a.id = b.account_id
