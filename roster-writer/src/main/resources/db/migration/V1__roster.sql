-- The roster of record. Sync never hard-deletes: rows carry deleted_at (soft-deleted, restorable).
-- No e-mail column for anyone, and no demographic fields (dob, race, gender, programme flags).

-- A Clever district with its licence seats and deletion-guard thresholds (null = the configured default).
create table district (
    id                 varchar(64)  primary key,
    name               varchar(255),
    state              varchar(32),
    student_seats      integer      check (student_seats >= 0),
    staff_seats        integer      check (staff_seats >= 0),
    guard_max_percent  numeric(5,2) check (guard_max_percent >= 0 and guard_max_percent <= 100),
    guard_min_records  integer      check (guard_min_records >= 0),
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null
);

create table school (
    id             bigint generated always as identity primary key,
    district_id    varchar(64)  not null references district (id),
    clever_id      varchar(64)  not null,
    name           varchar(255),
    sis_id         varchar(255),
    school_number  varchar(64),
    low_grade      varchar(32),
    high_grade     varchar(32),
    last_seen_run  varchar(64),
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    deleted_at     timestamptz,
    unique (district_id, clever_id)
) with (fillfactor = 85);

create table term (
    id             bigint generated always as identity primary key,
    district_id    varchar(64)  not null references district (id),
    clever_id      varchar(64)  not null,
    name           varchar(255),
    start_date     date,
    end_date       date,
    last_seen_run  varchar(64),
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    deleted_at     timestamptz,
    unique (district_id, clever_id)
) with (fillfactor = 85);

create table course (
    id             bigint generated always as identity primary key,
    district_id    varchar(64)  not null references district (id),
    clever_id      varchar(64)  not null,
    name           varchar(255),
    number         varchar(64),
    last_seen_run  varchar(64),
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    deleted_at     timestamptz,
    unique (district_id, clever_id)
) with (fillfactor = 85);

-- A class (Clever section). School, term and course are referenced by their Clever ids.
create table section (
    id             bigint generated always as identity primary key,
    district_id    varchar(64)  not null references district (id),
    clever_id      varchar(64)  not null,
    school_id      varchar(64),
    term_id        varchar(64),
    course_id      varchar(64),
    name           varchar(255),
    period         varchar(64),
    subject        varchar(64),
    grade          varchar(32),
    last_seen_run  varchar(64),
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    deleted_at     timestamptz,
    unique (district_id, clever_id)
) with (fillfactor = 85);

-- An account of the application. username is the display form, username_key the comparable form.
-- admin_override: an admin restored it while Clever lacks it; sweeps leave it active until Clever has it again.
create table account (
    id              varchar(64)  primary key,
    district_id     varchar(64)  not null references district (id),
    clever_user_id  varchar(64),
    username        varchar(255),
    username_key    varchar(255),
    source          varchar(16)  not null check (source in ('CLEVER', 'LEGACY', 'MANUAL')),
    first_name      varchar(255),
    middle_name     varchar(255),
    last_name       varchar(255),
    status          varchar(16)  not null check (status in ('ACTIVE', 'DELETED')),
    admin_override  boolean      not null default false,
    version         bigint       not null,
    last_seen_run   varchar(64),
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    deleted_at      timestamptz,
    check ((status = 'DELETED') = (deleted_at is not null))
) with (fillfactor = 85);

create unique index account_clever_user_uq on account (district_id, clever_user_id)
    where clever_user_id is not null;
create index account_username_key_idx on account (district_id, username_key);

-- A role of an account at a school (null school = district-wide), granted by Clever or by CSV (MANUAL).
create table account_role (
    id           bigint generated always as identity primary key,
    account_id   varchar(64)  not null references account (id),
    role         varchar(16)  not null
                 check (role in ('STUDENT', 'TEACHER', 'STAFF', 'SCHOOL_ADMIN', 'DISTRICT_ADMIN')),
    school_id    varchar(64),
    source       varchar(16)  not null check (source in ('CLEVER', 'MANUAL')),
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null,
    deleted_at   timestamptz,
    unique nulls not distinct (account_id, role, school_id, source)
);

-- An account in a class. TEACHER is the section's primary teacher (is_primary), CO_TEACHER any other.
create table enrollment (
    id           bigint generated always as identity primary key,
    district_id  varchar(64)  not null references district (id),
    section_id   bigint       not null references section (id),
    account_id   varchar(64)  not null references account (id),
    role         varchar(16)  not null check (role in ('STUDENT', 'TEACHER', 'CO_TEACHER')),
    is_primary   boolean      not null,
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null,
    deleted_at   timestamptz,
    unique (section_id, account_id)
);

create index enrollment_account_idx on enrollment (account_id);
create index enrollment_district_idx on enrollment (district_id);

-- A run of a district as the writer saw it, with its report once finished.
create table roster_run (
    id                varchar(64)  primary key,
    district_id       varchar(64)  not null,
    mode              varchar(16)  check (mode in ('FULL', 'INCREMENTAL', 'PREVIEW')),
    trigger           varchar(16)  check (trigger in ('NIGHTLY', 'MANUAL', 'ONBOARDING')),
    requested_by      varchar(255),
    state             varchar(16)  not null check (state in ('RUNNING', 'COMPLETED', 'HELD', 'FAILED')),
    complete          boolean,
    started_at        timestamptz  not null,
    finished_at       timestamptz,
    fetched_counts    jsonb,
    received_counts   jsonb,
    failure_stage     varchar(16)  check (failure_stage in ('FETCH', 'MATCH', 'WRITE')),
    failure_reason    varchar(32),
    failure_message   text,
    report            jsonb,
    report_published  boolean      not null default false,
    approved_at       timestamptz,
    approved_by       varchar(255)
);

create index roster_run_district_idx on roster_run (district_id, started_at);
create index roster_run_unpublished_idx on roster_run (finished_at) where not report_published;

-- Soft-deletions the deletion guard held back; applied when an operator approves the run.
create table held_deletion (
    id           bigint generated always as identity primary key,
    run_id       varchar(64)  not null references roster_run (id),
    district_id  varchar(64)  not null,
    entity_type  varchar(16)  not null,
    entity_id    varchar(64)  not null,
    status       varchar(16)  not null check (status in ('HELD', 'APPLIED', 'SUPERSEDED', 'SKIPPED')),
    decided_at   timestamptz,
    unique (run_id, entity_type, entity_id)
);

create index held_deletion_entity_idx on held_deletion (district_id, entity_type, entity_id);

-- Who changed what and why: sync changes to accounts and small entities, guard holds, approvals, imports.
create table audit_log (
    id           bigint generated always as identity primary key,
    district_id  varchar(64),
    run_id       varchar(64),
    entity_type  varchar(16)  not null,
    entity_id    varchar(64),
    action       varchar(32)  not null,
    actor        varchar(255) not null,
    detail       text,
    at           timestamptz  not null
);

create index audit_log_entity_idx on audit_log (entity_type, entity_id);
create index audit_log_run_idx on audit_log (run_id);

-- Run-control messages already handled (by ce_id): a re-delivered one is recognised and skipped.
create table processed_message (
    message_id    varchar(128) primary key,
    run_id        varchar(64)  not null,
    event_type    varchar(64)  not null,
    processed_at  timestamptz  not null
);

-- Transactional outbox: accounts whose current state must still be published on roster.accounts.
create table account_outbox (
    account_id  varchar(64)  primary key,
    version     bigint       not null
);

-- One-off facts of this writer, e.g. that every existing account was queued for publication once.
create table writer_state (
    name   varchar(64)  primary key,
    value  text         not null
);

-- Staging: each run's records land here as they arrive (COPY), then one merge per entity applies them.
-- No unique keys, so a re-delivered batch just adds duplicates that the merges collapse (distinct on).
create table stage_district (
    run_id     varchar(64) not null,
    clever_id  varchar(64) not null,
    name       varchar(255),
    state      varchar(32)
);

create table stage_school (
    run_id         varchar(64) not null,
    clever_id      varchar(64) not null,
    name           varchar(255),
    sis_id         varchar(255),
    school_number  varchar(64),
    low_grade      varchar(32),
    high_grade     varchar(32)
);

create table stage_term (
    run_id      varchar(64) not null,
    clever_id   varchar(64) not null,
    name        varchar(255),
    start_date  date,
    end_date    date
);

create table stage_course (
    run_id     varchar(64) not null,
    clever_id  varchar(64) not null,
    name       varchar(255),
    number     varchar(64)
);

create table stage_section (
    run_id     varchar(64) not null,
    clever_id  varchar(64) not null,
    school_id  varchar(64),
    term_id    varchar(64),
    course_id  varchar(64),
    name       varchar(255),
    period     varchar(64),
    subject    varchar(64),
    grade      varchar(32)
);

create table stage_enrollment (
    run_id          varchar(64) not null,
    section_id      varchar(64) not null,
    clever_user_id  varchar(64) not null,
    role            varchar(16) not null,
    is_primary      boolean     not null
);

create table stage_user (
    run_id                   varchar(64)  not null,
    clever_user_id           varchar(64)  not null,
    account_id               varchar(64)  not null,
    username                 varchar(255),
    username_key             varchar(255),
    outcome                  varchar(32)  not null,
    conflict_reason          varchar(64),
    conflict_message         text,
    first_name               varchar(255),
    middle_name              varchar(255),
    last_name                varchar(255),
    previous_username        varchar(255),
    previous_clever_user_id  varchar(64)
);

create table stage_user_role (
    run_id          varchar(64) not null,
    clever_user_id  varchar(64) not null,
    role            varchar(16) not null,
    school_id       varchar(64)
);

create table stage_removal (
    run_id       varchar(64) not null,
    entity_type  varchar(16) not null,
    clever_id    varchar(64) not null
);

create index stage_district_run_idx on stage_district (run_id);
create index stage_school_run_idx on stage_school (run_id);
create index stage_term_run_idx on stage_term (run_id);
create index stage_course_run_idx on stage_course (run_id);
create index stage_section_run_idx on stage_section (run_id);
create index stage_enrollment_run_idx on stage_enrollment (run_id);
create index stage_user_run_idx on stage_user (run_id);
create index stage_user_role_run_idx on stage_user_role (run_id);
create index stage_removal_run_idx on stage_removal (run_id);
