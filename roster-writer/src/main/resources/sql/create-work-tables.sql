-- Per-apply work tables, gone at the end of the transaction.
-- The apply's statements join whole runs with a district's classes and accounts, whose planner
-- statistics lag behind while runs write them: a nested loop planned from them can cost the product
-- of classes and accounts (minutes for a 25,000-user run). Hash and merge joins suit every bulk
-- statement here, so this transaction does without nested loops.
set local enable_nestloop = off;
-- With nested loops off, every statement's cost is high enough for JIT compilation, which takes a
-- second or more per statement and saves nothing on statements like these.
set local jit = off;
-- A large run's sorts and hashes (600,000 enrollments) stay in memory instead of temporary files.
set local work_mem = '64MB';
create temp table tmp_account_change (
    account_id    varchar(64) primary key,
    kind          varchar(16) not null,
    was_override  boolean     not null
) on commit drop;
create temp table tmp_role_change (account_id varchar(64) primary key) on commit drop;
create temp table tmp_sweep (
    entity_type  varchar(16) not null,
    entity_id    varchar(64) not null,
    row_id       bigint
) on commit drop;
