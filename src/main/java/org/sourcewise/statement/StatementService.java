package org.sourcewise.statement;

import java.time.LocalDate;
import java.util.List;
import org.sourcewise.analysis.SourceKind;
import org.sourcewise.analysis.Span;
import org.sourcewise.analysis.Speaker;
import org.sourcewise.analysis.StatementKind;
import org.sourcewise.article.ArticleForAnalysis;
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

    /** The most characters a speaker's name or role may have. */
    public static final int MAX_SPEAKER = 300;

    private final ArticleService articles;
    private final ArticleAnalysisRepository analyses;
    private final ArticleStatementRepository statements;
    private final AnalysisStore store;

    StatementService(
            ArticleService articles,
            ArticleAnalysisRepository analyses,
            ArticleStatementRepository statements,
            AnalysisStore store) {
        this.articles = articles;
        this.analyses = analyses;
        this.statements = statements;
        this.store = store;
    }

    @PreAuthorize(Roles.ANYONE)
    public AnalysisProgress progress() {
        return new AnalysisProgress(articles.findAllIds().size(), (int) analyses.countByState(AnalysisState.DONE), (int)
                analyses.countByState(AnalysisState.FAILED));
    }

    @PreAuthorize(Roles.STAFF)
    public List<StoredStatement> statementsOf(long articleId) {
        return statements.findByArticleIdOrderByPosition(articleId).stream()
                .map(ArticleStatement::view)
                .toList();
    }

    /**
     * Corrects who made a statement and when (null: the article does not say); the article's questions are
     * generated again from the corrected findings, in the same transaction.
     */
    @PreAuthorize(Roles.STAFF)
    @Transactional
    public StoredStatement correct(long statementId, String name, String role, SourceKind kind, LocalDate saidOn) {
        Speaker speaker = speaker(name, role, kind);
        ArticleStatement statement = find(statementId);
        statement.correct(speaker, saidOn);
        statements.saveAndFlush(statement);
        regenerate(statement.getArticleId());
        return statement.view();
    }

    /**
     * The words a teacher selected, trimmed of surrounding whitespace as {@link #add} trims them, so that the dialog
     * shows what will be saved; refused when they cannot become a statement.
     */
    @PreAuthorize(Roles.STAFF)
    public SelectedStatement select(long articleId, Span selection) {
        String text = analysedText(articleId).text().text();
        Span words = SelectedWords.trim(text, selection, false);
        refuseDuplicate(articleId, words);
        return new SelectedStatement(words, SelectedWords.content(text, words));
    }

    /**
     * Adds a statement the engine missed, placed among the others in reading order; the article's questions are
     * generated again in the same transaction. A direct quote is stored without the quotation marks selected with it.
     */
    @PreAuthorize(Roles.STAFF)
    @Transactional
    public StoredStatement add(long articleId, NewStatement added) {
        Speaker speaker = speaker(added.speakerName(), added.speakerRole(), added.sourceKind());
        if (added.kind() == null) {
            throw new StatementException("Choose whether the article quotes the words or reports them.");
        }
        ArticleForAnalysis article = analysedText(articleId);
        String text = article.text().text();
        Span words = SelectedWords.trim(text, added.selection(), added.kind() == StatementKind.DIRECT);
        refuseDuplicate(articleId, words);
        List<ArticleStatement> existing = statements.findByArticleIdOrderByPosition(articleId);
        int position = existing.stream()
                .filter(s -> s.words().start() > words.start())
                .mapToInt(ArticleStatement::getPosition)
                .findFirst()
                .orElse(existing.size());
        existing.stream().filter(s -> s.getPosition() >= position).forEach(ArticleStatement::moveDown);
        ArticleStatement statement = statements.saveAndFlush(ArticleStatement.addedByTeacher(
                articleId,
                position,
                speaker,
                SelectedWords.content(text, words),
                added.kind(),
                added.saidOn(),
                words,
                SelectedWords.evidence(text, words)));
        store.regenerateQuestions(article);
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

    private static Speaker speaker(String name, String role, SourceKind kind) {
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
        return new Speaker(cleanName, cleanRole, kind);
    }

    /**
     * The article's text, once its analysis is done: until then a new analysis would replace the findings, and the
     * teacher's statement with them.
     */
    private ArticleForAnalysis analysedText(long articleId) {
        boolean done = analyses.findById(articleId)
                .map(a -> a.getState() == AnalysisState.DONE)
                .orElse(false);
        ArticleForAnalysis article = articles.findForAnalysis(articleId)
                .orElseThrow(() -> new StatementException("This article no longer exists."));
        if (!done) {
            throw new StatementException("Statements can be added once the article's analysis has finished.");
        }
        return article;
    }

    private void refuseDuplicate(long articleId, Span words) {
        List<ArticleStatement> existing = statements.findByArticleIdOrderByPosition(articleId);
        for (int i = 0; i < existing.size(); i++) {
            if (existing.get(i).words().equals(words)) {
                throw new StatementException("Statement " + (i + 1) + " already has exactly these words; correct it "
                        + "instead of adding it again.");
            }
        }
    }

    private void regenerate(long articleId) {
        articles.findForAnalysis(articleId).ifPresent(store::regenerateQuestions);
    }

    private ArticleStatement find(long statementId) {
        return statements
                .findById(statementId)
                .orElseThrow(() -> new StatementException("This statement no longer exists; the article may have "
                        + "been analysed again. Reload the page."));
    }
}
