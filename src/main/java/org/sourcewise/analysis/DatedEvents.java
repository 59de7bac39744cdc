package org.sourcewise.analysis;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Every sentence that names a full calendar date is a dated event, the material of "when" questions. */
final class DatedEvents {

    private DatedEvents() {
    }

    static List<DatedEvent> find(ParsedText parsed) {
        List<DatedEvent> events = new ArrayList<>();
        for (Sentence sentence : parsed.sentences()) {
            for (Token token : sentence.tokens()) {
                if (token.timex() != null && token.timex().matches("\\d{4}-\\d{2}-\\d{2}")) {
                    try {
                        events.add(new DatedEvent(LocalDate.parse(token.timex()),
                                parsed.slice(sentence.start(), sentence.end()), new Span(sentence.start(), sentence.end())));
                        break;
                    } catch (DateTimeParseException e) {
                        // SUTime can normalise to impossible dates such as 2022-02-30; such a word names no date
                    }
                }
            }
        }
        return events;
    }
}
