select 'n', count(*)
from (select distinct section_id, clever_user_id from stage_enrollment where run_id = :run) m
where not exists (select 1 from account a
                  where a.district_id = :district and a.clever_user_id = m.clever_user_id)
