-- The district row every roster row hangs off; created once, on the first run or import.
insert into district (id, created_at, updated_at)
values (:district, :now, :now)
on conflict (id) do nothing
