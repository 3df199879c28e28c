select clever_id, count(*) from stage_district where run_id = :run and clever_id = :district
group by clever_id
