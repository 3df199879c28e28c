-- The held deletions of a run an approval applies: those still lacking, whether the run was full
-- or incremental. A row is still lacking while it is active, not protected (MANUAL or admin-restored
-- accounts) and no later run has had it again: rows with a last-seen run record the latest run that
-- contained them; a later run that lists an enrollment again marks its held deletion superseded
-- (merge-enrollments), so only those still HELD are considered. A later complete run that lacks a
-- row too has held it again or soft-deleted it.
with lacking as (
    select h.entity_type, h.entity_id from held_deletion h
    where h.run_id = :run and h.status = 'HELD'
), later_runs as (
    select id from roster_run where district_id = :district and started_at > :started
)
insert into tmp_sweep (entity_type, entity_id, row_id)
select h.entity_type, h.entity_id, null::bigint from lacking h
join school t on t.district_id = :district and t.clever_id = h.entity_id
where h.entity_type = 'SCHOOL' and t.deleted_at is null
  and (t.last_seen_run is null or t.last_seen_run not in (select id from later_runs))
union all
select h.entity_type, h.entity_id, null::bigint from lacking h
join term t on t.district_id = :district and t.clever_id = h.entity_id
where h.entity_type = 'TERM' and t.deleted_at is null
  and (t.last_seen_run is null or t.last_seen_run not in (select id from later_runs))
union all
select h.entity_type, h.entity_id, null::bigint from lacking h
join course t on t.district_id = :district and t.clever_id = h.entity_id
where h.entity_type = 'COURSE' and t.deleted_at is null
  and (t.last_seen_run is null or t.last_seen_run not in (select id from later_runs))
union all
select h.entity_type, h.entity_id, null::bigint from lacking h
join section t on t.district_id = :district and t.clever_id = h.entity_id
where h.entity_type = 'SECTION' and t.deleted_at is null
  and (t.last_seen_run is null or t.last_seen_run not in (select id from later_runs))
union all
select h.entity_type, h.entity_id, null::bigint from lacking h
join account t on t.id = h.entity_id
where h.entity_type = 'USER' and t.district_id = :district and t.deleted_at is null
  and t.source <> 'MANUAL' and not t.admin_override
  and (t.last_seen_run is null or t.last_seen_run not in (select id from later_runs))
union all
select h.entity_type, h.entity_id, t.id from lacking h
join enrollment t
  on t.id = case when h.entity_type = 'ENROLLMENT' then h.entity_id::bigint end
where h.entity_type = 'ENROLLMENT' and t.district_id = :district and t.deleted_at is null
