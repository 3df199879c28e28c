-- The username key before its last '@': districts may compare only that part of a Google or
-- Microsoft login name.
ALTER TABLE login_account ADD COLUMN username_local_key TEXT;
UPDATE login_account SET username_local_key = NULLIF(regexp_replace(username_key, '@[^@]*$', ''), '')
 WHERE username_key IS NOT NULL;
CREATE INDEX login_account_username_local ON login_account (district_id, username_local_key);
