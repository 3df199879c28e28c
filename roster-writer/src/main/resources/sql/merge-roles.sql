-- Grants the Clever roles the run gives its users (restoring removed ones); notes changed accounts.
with users as (
    select distinct on (clever_user_id) clever_user_id, account_id
    from stage_user where run_id = :run
    order by clever_user_id
), src as (
    select distinct u.account_id, r.role, r.school_id
    from stage_user_role r join users u on u.clever_user_id = r.clever_user_id
    where r.run_id = :run
), cls as (
    select src.*, t.id as role_id,
           case when t.id is null then 'CREATED'
                when t.deleted_at is not null then 'RESTORED'
                else 'UNCHANGED' end as kind
    from src left join account_role t
        on t.account_id = src.account_id and t.role = src.role
       and t.school_id is not distinct from src.school_id and t.source = 'CLEVER'
), inserted as (
    insert into account_role (account_id, role, school_id, source, created_at, updated_at)
    select account_id, role, school_id, 'CLEVER', :now, :now from cls where kind = 'CREATED'
), restored as (
    update account_role t set deleted_at = null, updated_at = :now
    from cls c where t.id = c.role_id and c.kind = 'RESTORED'
), audited as (
    insert into audit_log (district_id, run_id, entity_type, entity_id, action, actor, detail, at)
    select :district, :run, 'USER', c.account_id, 'ROLE_ADDED', 'sync',
           c.role || ' at ' || coalesce(c.school_id, 'district'), :now
    from cls c join tmp_account_change a on a.account_id = c.account_id
    where c.kind <> 'UNCHANGED' and a.kind <> 'CREATED'
)
insert into tmp_role_change (account_id)
select distinct account_id from cls where kind <> 'UNCHANGED'
on conflict do nothing
