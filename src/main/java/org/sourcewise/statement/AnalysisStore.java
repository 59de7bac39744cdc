package org.sourcewise.statement;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sourcewise.analysis.ExtractionResult;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The analysis state and findings of articles; each method is one transaction. */
@Component
@Transactional
class AnalysisStore {

    private final ArticleAnalysisRepository analyses;
    private final ArticleStatementRepository statements;
    private final ArticleEventRepository events;

    AnalysisStore(ArticleAnalysisRepository analyses, ArticleStatementRepository statements,
                  ArticleEventRepository events) {
        this.analyses = analyses;
        this.statements = statements;
        this.events = events;
    }

    @Transactional(readOnly = true)
    List<Long> articlesNotDone(List<Long> articleIds) {
        Set<Long> done = analyses.findByStateIn(List.of(AnalysisState.DONE)).stream()
                .map(ArticleAnalysis::getArticleId).collect(Collectors.toSet());
        return articleIds.stream().filter(id -> !done.contains(id)).toList();
    }

    void markQueued(long articleId) {
        move(articleId, AnalysisState.QUEUED, null);
    }

    void markRunning(long articleId) {
        move(articleId, AnalysisState.RUNNING, null);
    }

    void markFailed(long articleId, String message) {
        move(articleId, AnalysisState.FAILED, message);
    }

    /** Replaces whatever an earlier analysis found, so that findings always match the current text. */
    void replaceFindings(long articleId, ExtractionResult result) {
        statements.deleteByArticleId(articleId);
        events.deleteByArticleId(articleId);
        for (int i = 0; i < result.statements().size(); i++) {
            statements.save(new ArticleStatement(articleId, i, result.statements().get(i)));
        }
        for (int i = 0; i < result.events().size(); i++) {
            events.save(new ArticleEvent(articleId, i, result.events().get(i)));
        }
        move(articleId, AnalysisState.DONE, null);
    }

    private void move(long articleId, AnalysisState state, String message) {
        ArticleAnalysis analysis = analyses.findById(articleId).orElseGet(() -> new ArticleAnalysis(articleId));
        analysis.moveTo(state, message);
        analyses.save(analysis);
    }
}
