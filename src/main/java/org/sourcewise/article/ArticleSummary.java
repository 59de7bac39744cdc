package org.sourcewise.article;

import java.time.LocalDate;

/** One row of the library: enough to choose an article, without its text. */
public record ArticleSummary(long id, String title, String source, LocalDate publishedOn, int wordCount) {}
