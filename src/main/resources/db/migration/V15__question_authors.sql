-- An own question belongs to the teacher who wrote it: only they or an admin change it (decision 0007). Questions
-- of quiz files and own questions written before this have no author: teachers copy them to change them.
alter table bank_question add column author_id bigint;
-- The review of generated questions is shared: who made the latest decision on each question is kept beside it.
alter table bank_question add column decided_by bigint;
