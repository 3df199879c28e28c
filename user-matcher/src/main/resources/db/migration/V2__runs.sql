-- One run of one district as the matcher saw it. OPEN while its records arrive; RESOLVED once its RunFetched was
-- resolved (resolutions stored, then published); FAILED by the fetcher's RunFailed or by the matcher itself
-- (failure_stage MATCH, republished as stored); ABANDONED when the district's next run started before it closed.
create table matcher_run (
    run_id             varchar(64) primary key,
    district_id        varchar(64) not null,
    mode               varchar(16),
    trigger            varchar(16),
    started_at         timestamptz,
    status             varchar(16) not null,
    incremental        boolean,
    fetched_counts     jsonb,
    users_received     integer,
    resolved_users     integer,
    not_rostered       integer,
    conflicts          bigint,
    resolved_at        timestamptz,
    failure_stage      varchar(16),
    failure_reason     varchar(32),
    failure_message    text,
    failed_at          timestamptz,
    resolutions_purged boolean     not null default false,
    published_at       timestamptz,
    created_at         timestamptz not null,
    updated_at         timestamptz not null
);

create index matcher_run_district_idx on matcher_run (district_id, created_at);

-- The users of an open run, one row per Clever id: a re-delivered copy overwrites its row, never adds one.
create table run_user (
    run_id         varchar(64) not null,
    clever_user_id varchar(64) not null,
    clever_user    jsonb       not null,
    primary key (run_id, clever_user_id)
);

-- A resolved run's UserResolved events in publishing order: republished as stored, never recomputed.
create table run_resolution (
    run_id          varchar(64) not null,
    position        integer     not null,
    clever_user_id  varchar(64) not null,
    account_id      varchar(64) not null,
    outcome         varchar(16) not null,
    conflict_reason varchar(48),
    event           jsonb       not null,
    primary key (run_id, position)
);
