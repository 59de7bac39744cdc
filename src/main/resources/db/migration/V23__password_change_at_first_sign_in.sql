-- A password someone else chose (an admin for a teacher, a teacher for a student without e-mail, or either when
-- resetting one) is known to them: its owner is asked to choose their own when they next sign in. The account's
-- active flag is user_account.enabled (V3): an admin deactivates and reactivates accounts, and none is deleted.
alter table user_account add column must_change_password boolean default false not null;
