package org.sourcewise.statement;

import java.time.Instant;
import org.sourcewise.analysis.ExtractionResult;
import org.sourcewise.article.ArticleService;
import org.sourcewise.statement.AnalysisStore.Claim;
import org.springframework.context.ApplicationContext;

/** Stores engine output for an article as the analysis queue would: queued, claimed, then stored under the claim. */
public final class StoredFindings {

    private StoredFindings() {}

    public static void store(ApplicationContext context, long articleId, ExtractionResult result) {
        AnalysisStore store = context.getBean(AnalysisStore.class);
        if (!store.requeue(articleId)) {
            store.createJob(articleId);
        }
        String token = "test#" + System.nanoTime();
        Instant now = Instant.now();
        if (context.getBean(ArticleAnalysisRepository.class)
                        .claim(articleId, token, now, now.plusSeconds(60), AnalysisQueue.MAX_RUNS)
                != 1) {
            throw new IllegalStateException("article " + articleId + "'s analysis job could not be claimed");
        }
        if (!store.replaceFindings(
                context.getBean(ArticleService.class).findForAnalysis(articleId).orElseThrow(),
                result,
                new Claim(articleId, token))) {
            throw new IllegalStateException("article " + articleId + "'s findings were not stored");
        }
    }
}
