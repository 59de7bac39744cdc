package org.sourcewise.statement;

import java.time.LocalDate;
import java.util.List;
import org.sourcewise.analysis.SourceKind;
import org.sourcewise.analysis.Speaker;
import org.sourcewise.article.ArticleService;
import org.sourcewise.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the engine found in articles. The findings are answer keys, so only staff may read them;
 * how far the analysis has come is public, since it says nothing about any answer.
 */
@Service
@Transactional(readOnly = true)
public class StatementService {

    static final int MAX_SPEAKER = 300;

    private final ArticleService articles;
    private final ArticleAnalysisRepository analyses;
    private final ArticleStatementRepository statements;
    private final AnalysisStore store;

    StatementService(ArticleService articles, ArticleAnalysisRepository analyses,
                     ArticleStatementRepository statements, AnalysisStore store) {
        this.articles = articles;
        this.analyses = analyses;
        this.statements = statements;
        this.store = store;
    }

    @PreAuthorize("permitAll()")
    public AnalysisProgress progress() {
        return new AnalysisProgress(articles.findAllIds().size(),
                (int) analyses.countByState(AnalysisState.DONE), (int) analyses.countByState(AnalysisState.FAILED));
    }

    @PreAuthorize(Roles.STAFF)
    public List<StatementView> statementsOf(long articleId) {
        return statements.findByArticleIdOrderByPosition(articleId).stream().map(ArticleStatement::view).toList();
    }

    /**
     * Corrects who made a statement and when (null: the article does not say); the article's questions are
     * generated again from the corrected findings, in the same transaction.
     */
    @PreAuthorize(Roles.STAFF)
    @Transactional
    public StatementView correct(long statementId, String name, String role, SourceKind kind, LocalDate saidOn) {
        String cleanName = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        String cleanRole = role == null || role.isBlank() ? null : role.strip().replaceAll("\\s+", " ");
        if (cleanName.isEmpty() || cleanName.length() > MAX_SPEAKER) {
            throw new StatementException("A speaker's name must be 1 to " + MAX_SPEAKER + " characters.");
        }
        if (cleanRole != null && cleanRole.length() > MAX_SPEAKER) {
            throw new StatementException("A role may have at most " + MAX_SPEAKER + " characters.");
        }
        if (kind == null) {
            throw new StatementException("Choose what kind of source this is.");
        }
        ArticleStatement statement = find(statementId);
        statement.correct(new Speaker(cleanName, cleanRole, kind), saidOn);
        statements.saveAndFlush(statement);
        regenerate(statement.getArticleId());
        return statement.view();
    }

    /** Removes a statement the engine found by mistake; questions follow. */
    @PreAuthorize(Roles.STAFF)
    @Transactional
    public void delete(long statementId) {
        ArticleStatement statement = find(statementId);
        statements.delete(statement);
        statements.flush();
        regenerate(statement.getArticleId());
    }

    private void regenerate(long articleId) {
        articles.findForAnalysis(articleId).ifPresent(store::regenerateQuestions);
    }

    private ArticleStatement find(long statementId) {
        return statements.findById(statementId)
                .orElseThrow(() -> new StatementException("This statement no longer exists; the article may have "
                        + "been analysed again. Reload the page."));
    }
}
