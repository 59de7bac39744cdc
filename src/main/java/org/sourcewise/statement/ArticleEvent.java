package org.sourcewise.statement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.sourcewise.analysis.DatedEvent;
import org.sourcewise.analysis.Span;

/** A dated event the article reports, the material of "when did it happen" questions. */
@Entity
@Table(name = "dated_event")
class ArticleEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @SuppressWarnings("UnusedVariable") // kept in the database for the record; the app never reads it back
    private long articleId;

    @SuppressWarnings("UnusedVariable") // kept in the database for the record; the app never reads it back
    private int position;

    @Column(name = "event_date")
    private LocalDate date;

    private String description;
    private int evidenceStart;
    private int evidenceEnd;

    protected ArticleEvent() {}

    ArticleEvent(long articleId, int position, DatedEvent found) {
        this.articleId = articleId;
        this.position = position;
        this.date = found.date();
        this.description = found.description();
        this.evidenceStart = found.evidence().start();
        this.evidenceEnd = found.evidence().end();
    }

    /** The event as the engine reported it, for generating questions from stored findings. */
    DatedEvent found() {
        return new DatedEvent(date, description, new Span(evidenceStart, evidenceEnd));
    }

    LocalDate getDate() {
        return date;
    }

    String getDescription() {
        return description;
    }
}
