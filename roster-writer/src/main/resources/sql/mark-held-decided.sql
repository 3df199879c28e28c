-- Closes every pending held deletion of the run: APPLIED if the approval deleted it, else
-- SUPERSEDED (a later run has it again, or it is gone or protected already). Returns the run's
-- decisions per type and status, counting those a later run superseded before the approval.
with marked as (
    update held_deletion h
    set status = case when exists (select 1 from tmp_sweep s
                                   where s.entity_type = h.entity_type
                                     and s.entity_id = h.entity_id)
                      then 'APPLIED' else 'SUPERSEDED' end,
        decided_at = :now
    where h.run_id = :run and h.status = 'HELD'
    returning h.entity_type, h.status
), decided as (
    select entity_type, status from marked
    union all
    -- the statement sees the rows as they were before its update: these were decided earlier
    select entity_type, status from held_deletion where run_id = :run and status <> 'HELD'
)
select entity_type || ' ' || status, count(*) from decided group by entity_type, status
