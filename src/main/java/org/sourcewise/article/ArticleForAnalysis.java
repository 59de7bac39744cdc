package org.sourcewise.article;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.sourcewise.cleaning.ArticleText;

/** What the attribution engine needs of an article: its cleaned text and the date relative dates resolve against. */
public record ArticleForAnalysis(
        long id, ArticleText text, @Nullable LocalDate publishedOn) {}
