package org.sourcewise.statement;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.sourcewise.analysis.SourceKind;
import org.sourcewise.analysis.StatementKind;

/**
 * A stored statement as teachers review it; offsets count characters of the article's cleaned text. {@code cue} is
 * null for a statement a teacher added ({@code addedByTeacher}).
 */
public record StoredStatement(
        long id,
        String speakerName,
        @Nullable String speakerRole,
        SourceKind sourceKind,
        StatementKind kind,
        String content,
        @Nullable String cue,
        @Nullable LocalDate saidOn,
        int contentStart,
        int contentEnd,
        int evidenceStart,
        int evidenceEnd,
        boolean addedByTeacher) {}
