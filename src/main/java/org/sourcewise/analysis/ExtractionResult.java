package org.sourcewise.analysis;

import java.util.List;

/** Everything the engine found in one article, in text order. */
public record ExtractionResult(List<Statement> statements, List<DatedEvent> events) {

    public ExtractionResult {
        statements = List.copyOf(statements);
        events = List.copyOf(events);
    }
}
