package org.sourcewise.analysis;

import java.time.LocalDate;

/**
 * A reported statement: who said what, and when. {@code content} is what was said (for a direct quote, the
 * words inside the marks); {@code contentSpan} where it stands in the text; {@code evidence} the sentence or
 * sentences a reader needs; {@code saidOn} the date the statement was made when the article says it, else null;
 * {@code cue} the reporting word ("said", "according to", "(continuation)"), null for a statement a teacher added.
 */
public record Statement(Speaker speaker, String content, StatementKind kind, LocalDate saidOn, Span contentSpan,
                        Span evidence, String cue) {
}
