package org.sourcewise.statement;

import org.sourcewise.analysis.ExtractionResult;
import org.sourcewise.article.ArticleService;
import org.springframework.context.ApplicationContext;

/** Stores engine output for an article as the analysis queue would, for tests outside this package. */
public final class StoredFindings {

    private StoredFindings() {
    }

    public static void store(ApplicationContext context, long articleId, ExtractionResult result) {
        context.getBean(AnalysisStore.class).replaceFindings(
                context.getBean(ArticleService.class).findForAnalysis(articleId).orElseThrow(), result);
    }
}
