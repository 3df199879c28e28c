-- First start of the writer against this database: remember that every account was queued.
insert into writer_state (name, value)
values ('accounts-announced', now()::text)
on conflict (name) do nothing
