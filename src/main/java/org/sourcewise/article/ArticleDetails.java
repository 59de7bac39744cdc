package org.sourcewise.article;

import java.time.LocalDate;

/** What a teacher or a seed's metadata says about an article, apart from its text. */
public record ArticleDetails(String title, String source, String url, LocalDate publishedOn) {}
