-- Clever sets no length on names, numbers, periods, subjects, grades or usernames, and real districts
-- send section names and last names of several hundred characters: such columns hold any length.

alter table district
    alter column name type text;

alter table school
    alter column name type text,
    alter column sis_id type text,
    alter column school_number type text,
    alter column low_grade type text,
    alter column high_grade type text;

alter table term
    alter column name type text;

alter table course
    alter column name type text,
    alter column number type text;

alter table section
    alter column name type text,
    alter column period type text,
    alter column subject type text,
    alter column grade type text;

alter table account
    alter column username type text,
    alter column username_key type text,
    alter column first_name type text,
    alter column middle_name type text,
    alter column last_name type text;

alter table stage_district
    alter column name type text;

alter table stage_school
    alter column name type text,
    alter column sis_id type text,
    alter column school_number type text,
    alter column low_grade type text,
    alter column high_grade type text;

alter table stage_term
    alter column name type text;

alter table stage_course
    alter column name type text,
    alter column number type text;

alter table stage_section
    alter column name type text,
    alter column period type text,
    alter column subject type text,
    alter column grade type text;

alter table stage_user
    alter column username type text,
    alter column username_key type text,
    alter column first_name type text,
    alter column middle_name type text,
    alter column last_name type text,
    alter column previous_username type text;
