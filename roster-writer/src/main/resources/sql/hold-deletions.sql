-- The guard held this type's deletions: remember every one for the operator's approval.
with held as (
    insert into held_deletion (run_id, district_id, entity_type, entity_id, status)
    select :run, :district, entity_type, entity_id, 'HELD'
    from tmp_sweep where entity_type = :type
    on conflict (run_id, entity_type, entity_id) do nothing
    returning 1
)
insert into audit_log (district_id, run_id, entity_type, action, actor, detail, at)
select :district, :run, :type, 'HELD', 'sync', count(*) || ' deletions held by the guard', :now
from held having count(*) > 0
