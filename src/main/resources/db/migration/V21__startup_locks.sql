-- One row per start-up job that only one node may run at a time when several nodes share the database: the job
-- holds its row with SELECT ... FOR UPDATE while it runs (StartupLock), so a node starting beside another waits
-- for it and then finds the work done, instead of inserting the same seed or quiz a second time.
create table startup_lock (
    name varchar(40) primary key
);

insert into startup_lock (name) values ('seeds');
insert into startup_lock (name) values ('quiz-files');
