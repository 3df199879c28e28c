-- Per-apply work tables, gone at the end of the transaction.
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
