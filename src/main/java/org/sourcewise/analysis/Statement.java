package org.sourcewise.analysis;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A reported statement: who said what, and when. {@code content} is what was said (for a direct quote, the
 * words inside the marks); {@code contentSpan} where it stands in the text; {@code evidence} the sentence or
 * sentences a reader needs; {@code saidOn} the date the statement was made when the article says it, else null;
 * {@code cue} the reporting word ("said", "according to", "(continuation)"), null for a statement a teacher added;
 * {@code provenance} the rules that made it and how sure the engine is of its speaker and date.
 */
public record Statement(
        Speaker speaker,
        String content,
        StatementKind kind,
        @Nullable LocalDate saidOn,
        Span contentSpan,
        Span evidence,
        @Nullable String cue,
        Provenance provenance) {

    /** A statement as a person gave it (a teacher's addition or correction), which the engine has no cause to doubt. */
    public Statement(
            Speaker speaker,
            String content,
            StatementKind kind,
            @Nullable LocalDate saidOn,
            Span contentSpan,
            Span evidence,
            @Nullable String cue) {
        this(speaker, content, kind, saidOn, contentSpan, evidence, cue, Provenance.TEACHER);
    }
}
