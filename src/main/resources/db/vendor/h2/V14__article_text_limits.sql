-- The columns hold what ArticleLimits allows: raw text up to 2,000,000 characters (a saved web page; more than
-- H2's longest VARCHAR, so a CLOB of that length), cleaned text up to 100,000 (the import refused longer cleaned
-- text already). A raw text of 2,000,000 characters used to fail on save with "Value too long for column
-- RAW_TEXT" and no word to the teacher.
alter table article alter column raw_text set data type character large object(2000000);
alter table article alter column cleaned_text set data type varchar(100000);
