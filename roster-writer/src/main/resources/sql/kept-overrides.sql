select id from account
where district_id = :district and deleted_at is null and admin_override
  and last_seen_run is distinct from :run
order by id
