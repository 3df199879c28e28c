-- Rows per entity type a sweep of the district could soft-delete, the deletion guard's base:
-- active rows, and of accounts only those neither created by CSV (MANUAL) nor restored by an admin
-- (admin_override), which no sweep ever deletes, nor imported after the run started and not in it,
-- which this run's sweep leaves. Counting those would let a small district whose Clever users all
-- vanish lose every one of them beside its manual admins.
select 'SCHOOL', count(*) from school where district_id = :district and deleted_at is null
union all
select 'TERM', count(*) from term where district_id = :district and deleted_at is null
union all
select 'COURSE', count(*) from course where district_id = :district and deleted_at is null
union all
select 'SECTION', count(*) from section where district_id = :district and deleted_at is null
union all
select 'USER', count(*) from account
where district_id = :district and deleted_at is null and source <> 'MANUAL' and not admin_override
  and (created_at <= :started or last_seen_run = :run)
union all
select 'ENROLLMENT', count(*) from enrollment where district_id = :district and deleted_at is null
