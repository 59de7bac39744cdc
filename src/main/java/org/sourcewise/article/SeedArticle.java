package org.sourcewise.article;

/** One article file of the seeds folder with its metadata, exactly as it is on disk. */
record SeedArticle(String file, ArticleDetails details, String rawText) {}
