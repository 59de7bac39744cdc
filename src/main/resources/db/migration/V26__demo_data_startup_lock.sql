-- The demo profile's accounts, class and question policies are made by check-then-insert like the seeds: nodes that
-- start together on one database take this row's lock in turn (StartupLock), so each is made once.
insert into startup_lock (name) values ('demo-data');
