package org.sourcewise.statement;

import java.time.LocalDate;
import org.sourcewise.analysis.SourceKind;
import org.sourcewise.analysis.Span;
import org.sourcewise.analysis.StatementKind;

/**
 * A statement the engine missed, as a teacher adds it: the selected stretch of the article's cleaned text (character
 * offsets, as the browser reported them), who said it, whether the article quotes or reports it, and when (null: the
 * article does not say).
 */
public record NewStatement(
        Span selection,
        String speakerName,
        String speakerRole,
        SourceKind sourceKind,
        StatementKind kind,
        LocalDate saidOn) {}
