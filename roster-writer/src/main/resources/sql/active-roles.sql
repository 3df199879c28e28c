-- The active roles of a batch of accounts. The ids are joined as a set: compared with "any" of
-- the array instead, every row is tested against the whole array, a second per batch in a large
-- district.
select r.account_id, r.role, r.school_id, r.source
from unnest(cast(:ids as varchar[])) as q (account_id)
join account_role r on r.account_id = q.account_id
where r.deleted_at is null
order by r.account_id, r.role, r.school_id nulls first, r.source
