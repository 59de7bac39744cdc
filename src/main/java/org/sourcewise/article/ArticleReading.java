package org.sourcewise.article;

import java.time.LocalDate;
import java.util.List;

/** An article as a student reads it: its details and the cleaned paragraphs. */
public record ArticleReading(
        long id, String title, String source, String url, LocalDate publishedOn, List<String> paragraphs) {}
