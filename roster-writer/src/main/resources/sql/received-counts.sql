-- Distinct records a run delivered per entity type; explicit removals count for their type.
select 'DISTRICT', count(distinct clever_id) from stage_district where run_id = :run
union all
select 'SCHOOL', count(distinct clever_id) from stage_school where run_id = :run
union all
select 'TERM', count(distinct clever_id) from stage_term where run_id = :run
union all
select 'COURSE', count(distinct clever_id) from stage_course where run_id = :run
union all
select 'SECTION', count(distinct clever_id) from stage_section where run_id = :run
union all
select 'USER', count(distinct clever_user_id) from stage_user where run_id = :run
union all
select 'ENROLLMENT', count(*)
from (select distinct section_id, clever_user_id from stage_enrollment where run_id = :run) e
union all
select entity_type, count(distinct clever_id) from stage_removal where run_id = :run
group by entity_type
