-- Clever sets no length on district_username; a long one must still reach the login index.
ALTER TABLE login_account ALTER COLUMN username TYPE TEXT;
ALTER TABLE login_account ALTER COLUMN username_key TYPE TEXT;
