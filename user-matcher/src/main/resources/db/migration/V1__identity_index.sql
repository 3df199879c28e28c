-- The identity index: every account of every district as the matcher knows it. Rows come from roster.accounts
-- (the writer's copies, ordered by version) and from the matcher's own decisions when a run resolves, so the next
-- run sees them before the writer has published its copy. Keys are recomputed by the matcher, never trusted.
create table identity_account (
    account_id      varchar(64) primary key,
    district_id     varchar(64) not null,
    clever_user_id  varchar(64),
    username        text,
    username_key    text,
    source          varchar(16) not null,
    status          varchar(16) not null,
    roles           jsonb       not null,
    -- The writer's version last applied (0 until its first copy); a copy with a lower or equal version is stale.
    version         bigint      not null,
    -- The run whose resolution last wrote the row; null when the row is the writer's copy.
    resolved_in_run varchar(64),
    updated_at      timestamptz not null
);

create index identity_account_district_idx on identity_account (district_id);
