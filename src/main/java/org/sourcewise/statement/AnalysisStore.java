package org.sourcewise.statement;

import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.sourcewise.analysis.ExtractionResult;
import org.sourcewise.article.ArticleForAnalysis;
import org.sourcewise.bank.QuestionBankWriter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The analysis state and findings of articles; each method is one transaction. */
@Component
@Transactional
class AnalysisStore {

    private final ArticleAnalysisRepository analyses;
    private final ArticleStatementRepository statements;
    private final ArticleEventRepository events;
    private final QuestionBankWriter bank;

    AnalysisStore(ArticleAnalysisRepository analyses, ArticleStatementRepository statements,
                  ArticleEventRepository events, QuestionBankWriter bank) {
        this.analyses = analyses;
        this.statements = statements;
        this.events = events;
        this.bank = bank;
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

    /**
     * Replaces whatever an earlier analysis found, so that findings always match the current text, and brings the
     * article's question bank in step with them.
     */
    void replaceFindings(ArticleForAnalysis article, ExtractionResult result) {
        long articleId = article.id();
        statements.deleteByArticleId(articleId);
        events.deleteByArticleId(articleId);
        for (int i = 0; i < result.statements().size(); i++) {
            statements.save(new ArticleStatement(articleId, i, result.statements().get(i)));
        }
        for (int i = 0; i < result.events().size(); i++) {
            events.save(new ArticleEvent(articleId, i, result.events().get(i)));
        }
        bank.regenerate(articleId, article.text(), article.publishedOn(), result, library(articleId));
        move(articleId, AnalysisState.DONE, null);
    }

    /** Generates the article's questions again from its stored findings, as a teacher has corrected them. */
    void regenerateQuestions(ArticleForAnalysis article) {
        ExtractionResult stored = new ExtractionResult(
                statements.findByArticleIdOrderByPosition(article.id()).stream().map(ArticleStatement::found).toList(),
                events.findByArticleIdOrderByPosition(article.id()).stream().map(ArticleEvent::found).toList());
        bank.regenerate(article.id(), article.text(), article.publishedOn(), stored, library(article.id()));
    }

    /** What the other articles said, as far as they have been analysed: the pool of wrong answers. */
    private List<ExtractionResult> library(long articleId) {
        return statements.findByArticleIdNotOrderByArticleIdAscPositionAsc(articleId).stream()
                .collect(Collectors.groupingBy(ArticleStatement::getArticleId, TreeMap::new, Collectors.toList()))
                .values().stream()
                .map(found -> new ExtractionResult(found.stream().map(ArticleStatement::found).toList(), List.of()))
                .toList();
    }

    private void move(long articleId, AnalysisState state, String message) {
        ArticleAnalysis analysis = analyses.findById(articleId).orElseGet(() -> new ArticleAnalysis(articleId));
        analysis.moveTo(state, message);
        analyses.save(analysis);
    }
}
