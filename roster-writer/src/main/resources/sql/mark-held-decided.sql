-- Closes every pending held deletion of the run: APPLIED if the approval deleted it, else
-- SUPERSEDED (a later run has it again, or it is gone or protected already).
with marked as (
    update held_deletion h
    set status = case when exists (select 1 from tmp_sweep s
                                   where s.entity_type = h.entity_type
                                     and s.entity_id = h.entity_id)
                      then 'APPLIED' else 'SUPERSEDED' end,
        decided_at = :now
    where h.run_id = :run and h.status = 'HELD'
    returning h.entity_type, h.status
)
select entity_type || ' ' || status, count(*) from marked group by entity_type, status
