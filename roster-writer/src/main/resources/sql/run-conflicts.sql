select clever_user_id, account_id, conflict_reason, conflict_message
from (select distinct on (clever_user_id) * from stage_user
      where run_id = :run order by clever_user_id) u
where conflict_reason is not null
order by clever_user_id
