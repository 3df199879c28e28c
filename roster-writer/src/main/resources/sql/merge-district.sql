-- Name and state from the run's district record, when it carries one and they changed.
update district d
set name = s.name, state = s.state, updated_at = :now
from (select name, state from stage_district
      where run_id = :run and clever_id = :district limit 1) s
where d.id = :district and (d.name, d.state) is distinct from (s.name, s.state)
