package org.sourcewise.statement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * The analysis job of one article; a row exists once the article was queued. Claims change it by conditional
 * updates in ArticleAnalysisRepository, never through this entity, so that two nodes cannot both win one.
 */
@Entity
class ArticleAnalysis {

    @Id
    private Long articleId;

    @Enumerated(EnumType.STRING)
    private AnalysisState state;

    private String message;

    @SuppressWarnings("UnusedVariable") // kept in the database for the record; the app never reads it back
    private Instant updatedAt;

    private String claimedBy;

    @SuppressWarnings("UnusedVariable") // kept in the database for the record; the app never reads it back
    private Instant leaseUntil;

    private int runs;

    protected ArticleAnalysis() {}

    Long getArticleId() {
        return articleId;
    }

    AnalysisState getState() {
        return state;
    }

    String getMessage() {
        return message;
    }

    String getClaimedBy() {
        return claimedBy;
    }

    int getRuns() {
        return runs;
    }
}
