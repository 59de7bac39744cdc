-- A statement a teacher added by selecting its words, which the engine missed; shown as such on the findings page.
alter table article_statement add column added_by_teacher boolean default false not null;
