-- In a complete run, a present user's Clever roles are what the run says: Clever roles it no longer
-- gives are removed, from MANUAL (CSV) accounts linked to the user too. Roles granted by CSV (MANUAL)
-- are never removed by a sync.
with users as (
    select distinct on (clever_user_id) clever_user_id, account_id
    from stage_user where run_id = :run
    order by clever_user_id
), src as (
    select distinct u.account_id, r.role, r.school_id
    from stage_user_role r join users u on u.clever_user_id = r.clever_user_id
    where r.run_id = :run
), gone as (
    update account_role t set deleted_at = :now, updated_at = :now
    from users u
    where t.account_id = u.account_id
      and t.source = 'CLEVER' and t.deleted_at is null
      and not exists (select 1 from src
                      where src.account_id = t.account_id and src.role = t.role
                        and src.school_id is not distinct from t.school_id)
    returning t.account_id, t.role, t.school_id
), audited as (
    insert into audit_log (district_id, run_id, entity_type, entity_id, action, actor, detail, at)
    select :district, :run, 'USER', account_id, 'ROLE_REMOVED', 'sync',
           role || ' at ' || coalesce(school_id, 'district'), :now
    from gone
)
insert into tmp_role_change (account_id)
select distinct account_id from gone
on conflict do nothing
