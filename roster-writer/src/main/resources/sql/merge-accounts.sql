-- Applies the run's resolved users to accounts: create, link, relink, rename, restore, stamp the
-- last-seen run. MANUAL accounts keep their username and names. Every account of the run is noted
-- in tmp_account_change with what happened to it.
with src as (
    select distinct on (clever_user_id) *
    from stage_user where run_id = :run
    order by clever_user_id
), cls as (
    select src.*, t.id as target_id, t.source as old_source,
           t.clever_user_id as old_clever_user_id, t.username as old_username,
           coalesce(t.admin_override, false) as was_override,
           case when t.id is null then 'CREATED'
                when t.deleted_at is not null then 'RESTORED'
                when t.admin_override
                  or t.clever_user_id is distinct from src.clever_user_id
                  or (t.source <> 'MANUAL'
                      and (t.username, t.username_key, t.first_name, t.middle_name, t.last_name)
                          is distinct from
                          (src.username, src.username_key, src.first_name, src.middle_name,
                           src.last_name))
                then 'UPDATED'
                else 'UNCHANGED' end as kind
    from src left join account t on t.id = src.account_id
), inserted as (
    insert into account (id, district_id, clever_user_id, username, username_key, source,
                         first_name, middle_name, last_name, status, version, last_seen_run,
                         created_at, updated_at)
    select account_id, :district, clever_user_id, username, username_key, 'CLEVER',
           first_name, middle_name, last_name, 'ACTIVE', 1, :run, :now, :now
    from cls where kind = 'CREATED'
), updated as (
    update account t
    set clever_user_id = c.clever_user_id,
        username = case when t.source = 'MANUAL' then t.username else c.username end,
        username_key = case when t.source = 'MANUAL' then t.username_key else c.username_key end,
        first_name = case when t.source = 'MANUAL' then t.first_name else c.first_name end,
        middle_name = case when t.source = 'MANUAL' then t.middle_name else c.middle_name end,
        last_name = case when t.source = 'MANUAL' then t.last_name else c.last_name end,
        status = 'ACTIVE', deleted_at = null, admin_override = false, last_seen_run = :run,
        version = case when c.kind = 'UNCHANGED' then t.version else t.version + 1 end,
        updated_at = case when c.kind = 'UNCHANGED' then t.updated_at else :now end
    from cls c where t.id = c.target_id
), noted as (
    insert into tmp_account_change (account_id, kind, was_override)
    select account_id, kind, was_override from cls
), audited as (
    insert into audit_log (district_id, run_id, entity_type, entity_id, action, actor, detail, at)
    select :district, :run, 'USER', c.account_id, a.action, 'sync', a.detail, :now
    from cls c cross join lateral (values
        ('CREATED', c.clever_user_id, c.kind = 'CREATED'),
        ('RESTORED', c.clever_user_id, c.kind = 'RESTORED'),
        ('LINKED', c.clever_user_id, c.kind <> 'CREATED' and c.old_clever_user_id is null),
        ('RELINKED', c.old_clever_user_id || ' -> ' || c.clever_user_id,
            c.old_clever_user_id <> c.clever_user_id),
        ('RENAMED', coalesce(c.old_username, '(none)') || ' -> ' || coalesce(c.username, '(none)'),
            c.kind <> 'CREATED' and c.old_source <> 'MANUAL'
            and c.old_username is distinct from c.username),
        ('CLEVER_MANAGED_AGAIN', c.clever_user_id, c.was_override)
    ) as a (action, detail, applies)
    where a.applies
)
select kind, count(*) from cls group by kind
