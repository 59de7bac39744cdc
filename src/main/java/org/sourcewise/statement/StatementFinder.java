package org.sourcewise.statement;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.sourcewise.analysis.ExtractionResult;
import org.sourcewise.cleaning.ArticleText;

/** The engine as the app uses it; an interface so that the queue's own behaviour can be tested without models. */
@FunctionalInterface
interface StatementFinder {

    ExtractionResult find(ArticleText text, @Nullable LocalDate publishedOn);
}
