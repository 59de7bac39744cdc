package org.sourcewise.article;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An article as a student reads it: its details and the cleaned paragraphs. */
public record ArticleReading(
        long id,
        String title,
        @Nullable String source,
        @Nullable String url,
        @Nullable LocalDate publishedOn,
        List<String> paragraphs) {}
