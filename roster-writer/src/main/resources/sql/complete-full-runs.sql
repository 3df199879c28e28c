select 'n', count(*) from roster_run
where district_id = :district and mode = 'FULL' and complete and state in ('COMPLETED', 'HELD')
  and id <> :run
