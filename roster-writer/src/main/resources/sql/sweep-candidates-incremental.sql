-- What a complete incremental run removes: records the Events API reported deleted, and members
-- a section of the run no longer lists (plus the enrollments of removed sections and users).
with removed as (
    select distinct entity_type, clever_id from stage_removal where run_id = :run
)
insert into tmp_sweep (entity_type, entity_id, row_id)
select 'SCHOOL', t.clever_id, null::bigint from school t
join removed r on r.entity_type = 'SCHOOL' and r.clever_id = t.clever_id
where t.district_id = :district and t.deleted_at is null
union all
select 'TERM', t.clever_id, null::bigint from term t
join removed r on r.entity_type = 'TERM' and r.clever_id = t.clever_id
where t.district_id = :district and t.deleted_at is null
union all
select 'COURSE', t.clever_id, null::bigint from course t
join removed r on r.entity_type = 'COURSE' and r.clever_id = t.clever_id
where t.district_id = :district and t.deleted_at is null
union all
select 'SECTION', t.clever_id, null::bigint from section t
join removed r on r.entity_type = 'SECTION' and r.clever_id = t.clever_id
where t.district_id = :district and t.deleted_at is null
union all
select 'USER', a.id, null::bigint from account a
join removed r on r.entity_type = 'USER' and r.clever_id = a.clever_user_id
where a.district_id = :district and a.deleted_at is null and a.source <> 'MANUAL'
  and not a.admin_override
union all
select 'ENROLLMENT', e.id::text, e.id
from enrollment e
join section s on s.id = e.section_id
join account a on a.id = e.account_id
where e.district_id = :district and e.deleted_at is null
  and ((exists (select 1 from stage_section ss
                where ss.run_id = :run and ss.clever_id = s.clever_id)
        and not exists (select 1 from stage_enrollment se
                        where se.run_id = :run and se.section_id = s.clever_id
                          and se.clever_user_id = a.clever_user_id))
       or exists (select 1 from removed r
                  where (r.entity_type = 'SECTION' and r.clever_id = s.clever_id)
                     or (r.entity_type = 'USER' and r.clever_id = a.clever_user_id)))
