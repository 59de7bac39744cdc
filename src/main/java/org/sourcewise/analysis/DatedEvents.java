package org.sourcewise.analysis;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Every sentence that names a full calendar date is a dated event, the material of "when" questions. SUTime
 * puts a month and day without a year ("On April 22, the ministry announced") in the publication's year even
 * when that lies months ahead; news means the last such day, so a date more than {@link #AHEAD_DAYS} days
 * after publication, written without a year, is taken a year earlier; a weekday SUTime puts ahead of publication
 * in a clause told in the simple past ("On Saturday, the company said") is the one before it.
 */
final class DatedEvents {

    private DatedEvents() {}

    static final int AHEAD_DAYS = 60;
    private static final Pattern YEAR = Pattern.compile("1[89]\\d\\d|2\\d{3}");
    /** A calendar day, also with a time of day ("2019-03-16TMO" for "yesterday morning"). */
    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T.*)?");

    static List<DatedEvent> find(ParsedText parsed, @Nullable LocalDate published) {
        List<DatedEvent> events = new ArrayList<>();
        for (Sentence sentence : parsed.sentences()) {
            for (Token token : sentence.tokens()) {
                if (token.timex() != null && FULL_DATE.matcher(token.timex()).matches()) {
                    try {
                        LocalDate date = LocalDate.parse(token.timex().substring(0, 10));
                        boolean yearWritten = sentence.tokens().stream()
                                .anyMatch(t -> YEAR.matcher(t.word()).matches());
                        if (published != null && date.isAfter(published.plusDays(AHEAD_DAYS)) && !yearWritten) {
                            date = date.minusYears(1);
                        }
                        if (published != null && date.isAfter(published) && toldInThePast(sentence, token)) {
                            // "On Saturday, the company said ...": SUTime sometimes picks the Saturday ahead
                            LocalDate back = SaidOn.day(sentence, token, published, null);
                            date = back != null ? back : date;
                        }
                        events.add(new DatedEvent(
                                date,
                                parsed.slice(sentence.start(), sentence.end()),
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

    /** Whether the date word's clause is told in the simple past ("visited on Monday"), not ahead ("will meet on Monday"). */
    private static boolean toldInThePast(Sentence sentence, Token token) {
        Token verb = sentence.head(token);
        for (int depth = 0; verb != null && !verb.isVerb() && depth < 4; depth++) {
            verb = sentence.head(verb);
        }
        return verb != null && verb.pos().equals("VBD");
    }
}
