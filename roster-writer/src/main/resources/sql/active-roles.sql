select account_id, role, school_id, source
from account_role
where account_id = any(:ids) and deleted_at is null
order by account_id, role, school_id nulls first, source
