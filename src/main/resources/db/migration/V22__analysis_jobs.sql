-- An article's analysis is a job that any node sharing the database may take (decision 0012). A node claims a queued
-- job, or one whose lease ran out because the node running it died, by a conditional update that only one node can
-- win; it extends lease_until while it runs. runs counts the claims since the text last changed, so that a text that
-- stops every node that tries it is given up on instead of retried for ever.
alter table article_analysis add column claimed_by varchar(100);
alter table article_analysis add column lease_until timestamp with time zone;
alter table article_analysis add column runs integer default 0 not null;
