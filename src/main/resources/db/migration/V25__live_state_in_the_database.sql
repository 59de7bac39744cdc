-- A live session's pace moves from one node's memory into the database, so that any node can serve any participant
-- and a node that dies loses no session (decision 0013). The database is authoritative; each node caches the
-- sessions its screens follow and hears of changes through PostgreSQL's LISTEN/NOTIFY.

-- Sessions left open by a version that kept their pace in memory cannot go on: end them, keeping their answers.
update live_session set ended_at = current_timestamp where ended_at is null;

-- The pace: the phase, the question asked (its index among those played, -1 before the first), when it opened and
-- closes, and how the scores are shown.
alter table live_session add column phase varchar(12) default 'ENDED' not null;
alter table live_session add column current_question int default -1 not null;
alter table live_session add column opened_at timestamp with time zone;
alter table live_session add column deadline timestamp with time zone;
alter table live_session add column leaderboard varchar(12) default 'SHOWN' not null;
-- When anyone last moved the session on or joined it, for the sweep that ends sessions left idle.
alter table live_session add column changed_at timestamp with time zone;
-- What the session plays, fixed at its start (choices shuffled once, evidence in words, keys included), as JSON:
-- every node must play the same questions in the same order with the same choices.
alter table live_session add column played varchar(1000000);
alter table live_session add column skipped int default 0 not null;
alter table live_session add column counts_in_reports boolean default false not null;

create index live_session_running_idx on live_session (ended_at, join_code);

-- A seat is found by the token its browser keeps (a cookie and its server session), on any node.
alter table live_participant add column seat_token varchar(40);
create unique index live_participant_seat_idx on live_participant (seat_token);
-- Joins are limited per session and address on every node together: a hash of the address, never the address.
alter table live_participant add column join_address varchar(64);
create index live_participant_joins_idx on live_participant (session_id, join_address, joined_at);
