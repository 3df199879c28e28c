select entity_type, count(*) from tmp_sweep group by entity_type
