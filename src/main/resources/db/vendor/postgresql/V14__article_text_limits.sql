-- The columns hold what ArticleLimits allows: raw text up to 2,000,000 characters (a saved web page), cleaned text
-- up to 100,000. PostgreSQL's VARCHAR reaches 10,485,760 characters, so both stay VARCHAR here, where H2 needs a
-- CLOB for the raw text (db/vendor/h2/V14).
alter table article alter column raw_text set data type varchar(2000000);
alter table article alter column cleaned_text set data type varchar(100000);
