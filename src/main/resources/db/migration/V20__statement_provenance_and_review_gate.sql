-- How the engine came to each statement (issue: answer keys a teacher can trust): the rules that found it,
-- chose its speaker and dated it, and how sure it is of speaker and date. Null for rows stored before the engine said so,
-- which count as not yet trusted.
alter table article_statement add column found_by varchar(40);
alter table article_statement add column speaker_by varchar(40);
alter table article_statement add column date_by varchar(40);
alter table article_statement add column speaker_confidence double precision;
alter table article_statement add column date_confidence double precision;

-- What a teacher must check before a generated question reaches students: SPEAKER or DATE; null when the
-- engine is sure enough of what the question rests on.
alter table bank_question add column review_check varchar(16);

-- Per article: whether generated questions the engine is sure of reach students before a teacher accepts them.
create table bank_policy (
    article_id bigint primary key references article (id) on delete cascade,
    trusted_open boolean not null,
    changed_by varchar(100) not null,
    changed_at timestamp with time zone not null
);
