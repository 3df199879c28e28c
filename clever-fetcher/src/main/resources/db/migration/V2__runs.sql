-- A run reads one district once. Its status moves QUEUED -> RUNNING -> COMPLETING -> FETCHED, or to FAILED.
-- RUNNING and COMPLETING runs hold a lease (owner + heartbeat_at) that another instance may take over when it expires.
create table fetch_run (
    run_id          varchar(64)  primary key,
    district_id     varchar(64)  not null,
    command_id      varchar(64)  not null,
    requested_mode  varchar(16)  not null,
    mode            varchar(16),
    trigger         varchar(16)  not null,
    requested_by    varchar(255) not null,
    status          varchar(16)  not null,
    owner           varchar(64),
    heartbeat_at    timestamptz,
    counts          jsonb,
    failure_reason  varchar(32),
    failure_message text,
    fallback_reason text,
    has_cursor      boolean      not null default false,
    next_cursor     varchar(64),
    next_cursor_at  timestamptz,
    created_at      timestamptz  not null,
    started_at      timestamptz,
    finished_at     timestamptz
);

-- The database itself refuses a second active run of one district.
create unique index fetch_run_active_idx on fetch_run (district_id) where status in ('RUNNING', 'COMPLETING');
create index fetch_run_queued_idx on fetch_run (district_id, created_at) where status = 'QUEUED';
create index fetch_run_district_idx on fetch_run (district_id, created_at);

-- Which sync commands a run serves: its own, and those coalesced into it.
create table run_command (
    command_id varchar(64) not null,
    run_id     varchar(64) not null references fetch_run (run_id),
    joined_at  timestamptz not null,
    primary key (command_id, run_id)
);

create index run_command_run_idx on run_command (run_id);

-- District tokens, encrypted with AES-GCM: a 12-byte nonce followed by the ciphertext and its tag.
create table district_connection (
    district_id varchar(64) primary key,
    token       bytea       not null,
    updated_at  timestamptz not null
);

-- Where the next incremental read of a district starts in the Events API.
-- event_id null: no event existed when the cursor was seeded (read the events from the start).
-- valid_from: the time of that event (or of the seeding); the cursor is not trusted long after it.
create table events_cursor (
    district_id varchar(64) primary key,
    event_id    varchar(64),
    valid_from  timestamptz not null,
    updated_at  timestamptz not null
);
