-- A later complete full run decided afresh what Clever lacks (soft-deleted it, held it again under
-- its own id, or found it present): the deletions the earlier run still holds are superseded.
update held_deletion set status = 'SUPERSEDED', decided_at = :now
where run_id = :held and status = 'HELD'
