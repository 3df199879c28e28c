-- Soft-deletes the candidate enrollments (their rows keep the history); audited as one summary.
with gone as (
    update enrollment t set deleted_at = :now, updated_at = :now
    from tmp_sweep s
    where s.entity_type = 'ENROLLMENT' and t.id = s.row_id and t.district_id = :district
      and t.deleted_at is null
    returning 1
), audited as (
    insert into audit_log (district_id, run_id, entity_type, action, actor, detail, at)
    select :district, :run, 'ENROLLMENT', 'SOFT_DELETED', :actor,
           count(*) || ' enrollments soft-deleted', :now
    from gone having count(*) > 0
)
select 'ENROLLMENT', count(*) from gone
