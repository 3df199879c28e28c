-- A few pending enrollment deletions as section/Clever user ids, sorted.
select s.clever_id || '/' || coalesce(a.clever_user_id, a.id) as shown, 0
from tmp_sweep w
join enrollment e on e.id = w.row_id
join section s on s.id = e.section_id
join account a on a.id = e.account_id
where w.entity_type = 'ENROLLMENT'
order by shown
limit :limit
