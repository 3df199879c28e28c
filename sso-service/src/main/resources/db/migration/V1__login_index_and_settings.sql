-- The login index: the accounts of roster.accounts, as far as signing in needs them.
CREATE TABLE login_account (
    account_id     VARCHAR(64)  PRIMARY KEY,
    district_id    VARCHAR(64)  NOT NULL,
    clever_user_id VARCHAR(64),
    username       VARCHAR(320),
    username_key   VARCHAR(320),
    status         VARCHAR(16)  NOT NULL,
    version        BIGINT       NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX login_account_clever ON login_account (district_id, clever_user_id);
CREATE INDEX login_account_username ON login_account (district_id, username_key);

-- Roles of an indexed account; replaced with every newer version of the account.
CREATE TABLE login_account_role (
    account_id VARCHAR(64) NOT NULL REFERENCES login_account (account_id) ON DELETE CASCADE,
    role       VARCHAR(32) NOT NULL,
    school_id  VARCHAR(64)
);
CREATE INDEX login_account_role_account ON login_account_role (account_id);

-- Per-district sign-in settings; a district without a row has every provider switched off.
CREATE TABLE district_login_settings (
    district_id        VARCHAR(64)  PRIMARY KEY,
    clever_enabled     BOOLEAN      NOT NULL DEFAULT FALSE,
    google_enabled     BOOLEAN      NOT NULL DEFAULT FALSE,
    google_domains     VARCHAR(2000) NOT NULL DEFAULT '',
    microsoft_enabled  BOOLEAN      NOT NULL DEFAULT FALSE,
    microsoft_tenant   VARCHAR(128),
    compare_local_part BOOLEAN      NOT NULL DEFAULT FALSE,
    updated_at         TIMESTAMPTZ  NOT NULL
);

-- Open sign-in attempts: state and nonce, each usable once until it expires.
CREATE TABLE login_state (
    state       VARCHAR(64) PRIMARY KEY,
    nonce       VARCHAR(64) NOT NULL,
    district_id VARCHAR(64),
    expires_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX login_state_expiry ON login_state (expires_at);
