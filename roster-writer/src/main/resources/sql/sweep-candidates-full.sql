-- What a complete full run lacks: active Clever-managed rows it did not contain. Accounts created
-- by CSV (MANUAL) and accounts an admin restored (admin_override) are never candidates; unlinked
-- LEGACY accounts are, as the run linked none of them, unless they were imported after the run
-- started: the run's users were matched without them, so their absence says nothing.
insert into tmp_sweep (entity_type, entity_id, row_id)
select 'SCHOOL', clever_id, null::bigint from school
where district_id = :district and deleted_at is null and last_seen_run is distinct from :run
union all
select 'TERM', clever_id, null::bigint from term
where district_id = :district and deleted_at is null and last_seen_run is distinct from :run
union all
select 'COURSE', clever_id, null::bigint from course
where district_id = :district and deleted_at is null and last_seen_run is distinct from :run
union all
select 'SECTION', clever_id, null::bigint from section
where district_id = :district and deleted_at is null and last_seen_run is distinct from :run
union all
select 'USER', id, null::bigint from account
where district_id = :district and deleted_at is null and source <> 'MANUAL'
  and not admin_override and last_seen_run is distinct from :run and created_at <= :started
union all
select 'ENROLLMENT', e.id::text, e.id
from enrollment e
join section s on s.id = e.section_id
join account a on a.id = e.account_id
where e.district_id = :district and e.deleted_at is null
  and not exists (select 1 from stage_enrollment se
                  where se.run_id = :run and se.section_id = s.clever_id
                    and se.clever_user_id = a.clever_user_id)
