package org.sourcewise.statement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.sourcewise.analysis.Provenance;
import org.sourcewise.analysis.SourceKind;
import org.sourcewise.analysis.Span;
import org.sourcewise.analysis.Speaker;
import org.sourcewise.analysis.StatementKind;

/** A statement the engine found in an article, with the character offsets of its words and its evidence. */
@Entity
class ArticleStatement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long articleId;
    private int position;
    private String speakerName;
    private @Nullable String speakerRole;

    @Enumerated(EnumType.STRING)
    private SourceKind sourceKind;

    @Enumerated(EnumType.STRING)
    private StatementKind kind;

    private String content;
    private @Nullable String cue;
    private @Nullable LocalDate saidOn;
    private int contentStart;
    private int contentEnd;
    private int evidenceStart;
    private int evidenceEnd;
    private boolean addedByTeacher;
    private String foundBy;
    private String speakerBy;
    private @Nullable String dateBy;
    private Double speakerConfidence;
    private Double dateConfidence;

    protected ArticleStatement() {}

    ArticleStatement(long articleId, int position, org.sourcewise.analysis.Statement found) {
        this.articleId = articleId;
        this.position = position;
        this.speakerName = found.speaker().name();
        this.speakerRole = found.speaker().role();
        this.sourceKind = found.speaker().kind();
        this.kind = found.kind();
        this.content = found.content();
        this.cue = found.cue();
        this.saidOn = found.saidOn();
        this.contentStart = found.contentSpan().start();
        this.contentEnd = found.contentSpan().end();
        this.evidenceStart = found.evidence().start();
        this.evidenceEnd = found.evidence().end();
        this.foundBy = found.provenance().foundBy();
        this.speakerBy = found.provenance().speakerBy();
        this.dateBy = found.provenance().dateBy();
        this.speakerConfidence = found.provenance().speakerConfidence();
        this.dateConfidence = found.provenance().dateConfidence();
    }

    /**
     * A statement the engine missed, as a teacher marked it: its words are the selected span and its evidence the
     * sentences around them. No reporting word is recorded, since the teacher names none.
     */
    static ArticleStatement addedByTeacher(
            long articleId,
            int position,
            Speaker speaker,
            String content,
            StatementKind kind,
            LocalDate saidOn,
            Span words,
            Span evidence) {
        ArticleStatement statement = new ArticleStatement();
        statement.articleId = articleId;
        statement.position = position;
        statement.speakerName = speaker.name();
        statement.speakerRole = speaker.role();
        statement.sourceKind = speaker.kind();
        statement.kind = kind;
        statement.content = content;
        statement.saidOn = saidOn;
        statement.contentStart = words.start();
        statement.contentEnd = words.end();
        statement.evidenceStart = evidence.start();
        statement.evidenceEnd = evidence.end();
        statement.addedByTeacher = true;
        statement.trustAsTeachers();
        return statement;
    }

    /** A teacher's correction of who made the statement and when; null when the article does not say. */
    void correct(Speaker speaker, LocalDate saidOn) {
        this.speakerName = speaker.name();
        this.speakerRole = speaker.role();
        this.sourceKind = speaker.kind();
        this.saidOn = saidOn;
        trustAsTeachers();
    }

    private void trustAsTeachers() {
        this.foundBy = Provenance.TEACHER.foundBy();
        this.speakerBy = Provenance.TEACHER.speakerBy();
        this.dateBy = Provenance.TEACHER.dateBy();
        this.speakerConfidence = Provenance.TEACHER.speakerConfidence();
        this.dateConfidence = Provenance.TEACHER.dateConfidence();
    }

    long getArticleId() {
        return articleId;
    }

    int getPosition() {
        return position;
    }

    /** Makes room for a statement a teacher adds before this one. */
    void moveDown() {
        position++;
    }

    Span words() {
        return new Span(contentStart, contentEnd);
    }

    /** The statement as the engine reported it, for generating questions from stored findings. */
    org.sourcewise.analysis.Statement found() {
        return new org.sourcewise.analysis.Statement(
                new Speaker(speakerName, speakerRole, sourceKind),
                content,
                kind,
                saidOn,
                new Span(contentStart, contentEnd),
                new Span(evidenceStart, evidenceEnd),
                cue,
                provenance());
    }

    /** Rows stored before the engine gave its provenance are not trusted: their questions wait for a teacher. */
    private Provenance provenance() {
        return new Provenance(
                foundBy == null ? "unknown" : foundBy,
                speakerBy == null ? "unknown" : speakerBy,
                dateBy,
                speakerConfidence == null ? 0 : speakerConfidence,
                dateConfidence == null ? 0 : dateConfidence);
    }

    StoredStatement view() {
        return new StoredStatement(
                id,
                speakerName,
                speakerRole,
                sourceKind,
                kind,
                content,
                cue,
                saidOn,
                contentStart,
                contentEnd,
                evidenceStart,
                evidenceEnd,
                addedByTeacher);
    }
}
