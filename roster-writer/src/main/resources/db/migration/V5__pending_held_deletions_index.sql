-- Every run's merge looks up the deletions earlier runs still hold of the enrollments it contains
-- (to mark them superseded). Decided ones (APPLIED, SUPERSEDED) pile up over the years; the pending
-- ones are few, and this index holds only those.
create index held_deletion_pending_idx on held_deletion (district_id, entity_type, entity_id)
    where status = 'HELD';
