-- Seats against active accounts: a student holds only student roles; staff hold any other role.
with holders as (
    select a.id, bool_or(r.role <> 'STUDENT') as staff
    from account a join account_role r on r.account_id = a.id and r.deleted_at is null
    where a.district_id = :district and a.deleted_at is null
    group by a.id
)
select d.student_seats::bigint, (select count(*) from holders where not staff),
       d.staff_seats::bigint, (select count(*) from holders where staff)
from (select :district::varchar as id) k left join district d on d.id = k.id
