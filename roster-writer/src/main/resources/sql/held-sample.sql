-- A few of a type's pending deletions (Clever ids; account ids for users), sorted.
select entity_id, 0 from tmp_sweep where entity_type = :type order by entity_id limit :limit
