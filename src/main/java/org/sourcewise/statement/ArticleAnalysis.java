package org.sourcewise.statement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;

/** The analysis state of one article; a row exists once the article was queued. */
@Entity
class ArticleAnalysis {

    @Id
    private Long articleId;

    @Enumerated(EnumType.STRING)
    private AnalysisState state;

    private String message;

    private Instant updatedAt;

    protected ArticleAnalysis() {
    }

    ArticleAnalysis(long articleId) {
        this.articleId = articleId;
        moveTo(AnalysisState.QUEUED, null);
    }

    void moveTo(AnalysisState state, String message) {
        this.state = state;
        this.message = message;
        this.updatedAt = Instant.now();
    }

    Long getArticleId() {
        return articleId;
    }

    AnalysisState getState() {
        return state;
    }

    String getMessage() {
        return message;
    }
}
