-- Soft-deletes the candidate accounts; MANUAL and admin-restored accounts are never touched.
with gone as (
    update account t
    set status = 'DELETED', deleted_at = :now, updated_at = :now, version = t.version + 1
    from tmp_sweep s
    where s.entity_type = 'USER' and t.id = s.entity_id and t.district_id = :district
      and t.deleted_at is null and t.source <> 'MANUAL' and not t.admin_override
    returning t.id
), noted as (
    insert into tmp_account_change (account_id, kind, was_override)
    select id, 'SOFT_DELETED', false from gone
    on conflict (account_id) do update set kind = 'SOFT_DELETED'
), audited as (
    insert into audit_log (district_id, run_id, entity_type, entity_id, action, actor, at)
    select :district, :run, 'USER', id, 'SOFT_DELETED', :actor, :now from gone
)
select 'USER', count(*) from gone
