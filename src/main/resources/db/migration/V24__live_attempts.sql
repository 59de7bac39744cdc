-- An attempt made by a live session: its answers come only from the session, at the teacher's pace, so the practice
-- player never resumes it, and it is closed when the teacher ends the session.
alter table attempt add column live boolean default false not null;

-- How many questions a live session plays, so that its results read "right: 1 of 3 questions" after it ends.
alter table live_session add column question_count int;
