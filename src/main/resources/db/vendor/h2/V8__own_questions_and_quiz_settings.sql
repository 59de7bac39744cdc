-- A teacher's own question (question_type OWN), written in the app or loaded from a GIFT file in quizzes/, is
-- kept as that question's GIFT text, the format it is imported from and exported to; an own ordering question,
-- which GIFT cannot express, keeps its items in bank_question_choice like a generated one and has no GIFT text.
alter table bank_question add column gift varchar(20000);

-- What a student typed, for short-answer and numeric questions; response then holds no choice.
alter table attempt_answer add column response_text varchar(1000);
alter table attempt_answer alter column response set default '';

-- Quizzes now take questions from any articles, and have the settings a teacher expects of a quiz.
alter table quiz add column shuffle boolean default false not null;
alter table quiz add column all_at_once boolean default false not null;
alter table quiz add column feedback_at_end boolean default false not null;
-- null: as many attempts as the student likes
alter table quiz add column attempts_allowed int;
-- null: no due date; after it, a student can no longer start or answer
alter table quiz add column due_at timestamp with time zone;
-- the GIFT file a quiz was loaded from (quizzes/...), null for a teacher's quiz; such a quiz has no teacher
alter table quiz add column source_file varchar(300);
alter table quiz alter column teacher_id set null;
create unique index quiz_source_file_idx on quiz (source_file);
