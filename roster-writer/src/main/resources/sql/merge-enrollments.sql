-- Applies the run's section members as enrollments of accounts (by Clever user id): create, change
-- role, restore. A member whose Clever user has no account is skipped (reported). An enrollment the
-- run contains is no longer lacking: a deletion of it that an earlier run holds is superseded, so
-- approving that run leaves it. (Enrollments carry no last-seen run: stamping one on every member
-- would rewrite a district's 600,000 enrollments every night.)
with src as (
    select distinct on (sec.id, a.id) sec.id as section_id, a.id as account_id, se.role,
           se.is_primary
    from stage_enrollment se
    join section sec on sec.district_id = :district and sec.clever_id = se.section_id
    join account a on a.district_id = :district and a.clever_user_id = se.clever_user_id
    where se.run_id = :run
    order by sec.id, a.id,
             case se.role when 'TEACHER' then 0 when 'CO_TEACHER' then 1 else 2 end
), cls as (
    select src.*, t.id as target_id,
           case when t.id is null then 'CREATED'
                when t.deleted_at is not null then 'RESTORED'
                when (t.role, t.is_primary) is distinct from (src.role, src.is_primary)
                then 'UPDATED'
                else 'UNCHANGED' end as kind
    from src left join enrollment t
        on t.section_id = src.section_id and t.account_id = src.account_id
), inserted as (
    insert into enrollment (district_id, section_id, account_id, role, is_primary, created_at,
                            updated_at)
    select :district, section_id, account_id, role, is_primary, :now, :now
    from cls where kind = 'CREATED'
), updated as (
    update enrollment t
    set role = c.role, is_primary = c.is_primary, deleted_at = null, updated_at = :now
    from cls c where t.id = c.target_id and c.kind in ('UPDATED', 'RESTORED')
), confirmed as (
    update held_deletion h set status = 'SUPERSEDED', decided_at = :now
    from cls c
    where h.district_id = :district and h.entity_type = 'ENROLLMENT' and h.status = 'HELD'
      and h.entity_id = c.target_id::text
)
select kind, count(*) from cls group by kind
