-- Active rows per entity type of the district.
select 'SCHOOL', count(*) from school where district_id = :district and deleted_at is null
union all
select 'TERM', count(*) from term where district_id = :district and deleted_at is null
union all
select 'COURSE', count(*) from course where district_id = :district and deleted_at is null
union all
select 'SECTION', count(*) from section where district_id = :district and deleted_at is null
union all
select 'USER', count(*) from account where district_id = :district and deleted_at is null
union all
select 'ENROLLMENT', count(*) from enrollment where district_id = :district and deleted_at is null
