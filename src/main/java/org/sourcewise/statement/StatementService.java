package org.sourcewise.statement;

import java.util.List;
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

    private final ArticleService articles;
    private final ArticleAnalysisRepository analyses;
    private final ArticleStatementRepository statements;

    StatementService(ArticleService articles, ArticleAnalysisRepository analyses,
                     ArticleStatementRepository statements) {
        this.articles = articles;
        this.analyses = analyses;
        this.statements = statements;
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
}
