-- Users an incremental run removes (Clever's users.deleted): the fetcher counts them among the run's
-- users, so the matcher counts them too before it trusts the run to be complete.
create table run_user_removal (
    run_id         varchar(64) not null,
    clever_user_id varchar(64) not null,
    primary key (run_id, clever_user_id)
);
