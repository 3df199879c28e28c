select id, 0 from roster_run
where district_id = :district and mode = 'FULL' and complete and state in ('COMPLETED', 'HELD')
order by started_at desc
limit 1
