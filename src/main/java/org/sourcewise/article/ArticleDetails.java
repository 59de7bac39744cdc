package org.sourcewise.article;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What a teacher or a seed's metadata says about an article, apart from its text. */
public record ArticleDetails(
        @Nullable String title,
        @Nullable String source,
        @Nullable String url,
        @Nullable LocalDate publishedOn) {}
