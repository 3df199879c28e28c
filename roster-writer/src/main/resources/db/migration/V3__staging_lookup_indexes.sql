-- While a run is applied its staged members, users and classes are looked up by run and Clever
-- ids (the sweep's "not in this run" tests, the role merge). With indexes on the run id alone each
-- lookup scans the whole run, and the apply costs the square of the run's size.
drop index stage_enrollment_run_idx;
create index stage_enrollment_run_member_idx
    on stage_enrollment (run_id, section_id, clever_user_id);
drop index stage_user_run_idx;
create index stage_user_run_user_idx on stage_user (run_id, clever_user_id);
drop index stage_user_role_run_idx;
create index stage_user_role_run_user_idx on stage_user_role (run_id, clever_user_id);
drop index stage_section_run_idx;
create index stage_section_run_section_idx on stage_section (run_id, clever_id);
