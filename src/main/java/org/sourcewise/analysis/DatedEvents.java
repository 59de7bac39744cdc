package org.sourcewise.analysis;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Every sentence that names a full calendar date is a dated event, the material of "when" questions. SUTime
 * puts a month and day without a year ("On April 22, the ministry announced") in the publication's year even
 * when that lies months ahead; news means the last such day, so a date more than {@link #AHEAD_DAYS} days
 * after publication, written without a year, is taken a year earlier.
 */
final class DatedEvents {

    private DatedEvents() {
    }

    static final int AHEAD_DAYS = 60;
    private static final Pattern YEAR = Pattern.compile("1[89]\\d\\d|2\\d{3}");

    static List<DatedEvent> find(ParsedText parsed, LocalDate published) {
        List<DatedEvent> events = new ArrayList<>();
        for (Sentence sentence : parsed.sentences()) {
            for (Token token : sentence.tokens()) {
                if (token.timex() != null && token.timex().matches("\\d{4}-\\d{2}-\\d{2}")) {
                    try {
                        LocalDate date = LocalDate.parse(token.timex());
                        boolean yearWritten = sentence.tokens().stream().anyMatch(t -> YEAR.matcher(t.word()).matches());
                        if (published != null && date.isAfter(published.plusDays(AHEAD_DAYS)) && !yearWritten) {
                            date = date.minusYears(1);
                        }
                        events.add(new DatedEvent(date, parsed.slice(sentence.start(), sentence.end()),
                                new Span(sentence.start(), sentence.end())));
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
