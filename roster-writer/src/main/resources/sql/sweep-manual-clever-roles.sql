-- A MANUAL (CSV) account linked to a Clever user that the complete run no longer has (absent from a
-- full run, removed by an incremental one) is never soft-deleted, but the roles Clever gave it go:
-- a CSV admin who was a Clever teacher is no longer one. Its MANUAL roles stay.
with absent as (
    select a.id from account a
    where a.district_id = :district and a.deleted_at is null and a.source = 'MANUAL'
      and a.clever_user_id is not null and a.last_seen_run is distinct from :run
      and (not cast(:incremental as boolean)
           or exists (select 1 from stage_removal r
                      where r.run_id = :run and r.entity_type = 'USER'
                        and r.clever_id = a.clever_user_id))
), gone as (
    update account_role t set deleted_at = :now, updated_at = :now
    from absent a
    where t.account_id = a.id and t.source = 'CLEVER' and t.deleted_at is null
    returning t.account_id, t.role, t.school_id
), audited as (
    insert into audit_log (district_id, run_id, entity_type, entity_id, action, actor, detail, at)
    select :district, :run, 'USER', account_id, 'ROLE_REMOVED', 'sync',
           role || ' at ' || coalesce(school_id, 'district'), :now
    from gone
), changed as (
    update account a set version = a.version + 1, updated_at = :now
    where a.id in (select account_id from gone)
    returning a.id
), noted as (
    insert into tmp_account_change (account_id, kind, was_override)
    select id, 'UPDATED', false from changed
)
select 'UPDATED', count(*) from changed
