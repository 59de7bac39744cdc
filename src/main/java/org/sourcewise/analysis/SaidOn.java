package org.sourcewise.analysis;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a statement was made, read only from the reporting clause ("confirmed on the 4th that ...",
 * "Last Monday, X predicted ..."), never from what was said; null when the clause gives no date.
 */
final class SaidOn {

    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DAY_OF_MONTH = Pattern.compile("\\bthe (\\d{1,2})(?:st|nd|rd|th)\\b");

    private SaidOn() {
    }

    static LocalDate of(Candidate candidate, LocalDate published) {
        if (published == null || candidate.verb() == null || candidate.cue().equals("according to")) {
            return null;
        }
        Sentence sentence = candidate.speaker().sentence();
        // "On Thursday, A began X, warning that Y": a date set for the clause the report hangs on holds for it
        for (Token verb = candidate.verb(); verb != null; verb = clauseHead(sentence, verb)) {
            LocalDate date = attachedDate(candidate, sentence, verb, published);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /** "last Monday" in news is the most recent Monday before publication, not the one a week earlier. */
    private static boolean isLastWeekday(Sentence sentence, Token token) {
        return weekdayAfterLast(sentence, token) != null;
    }

    /** The weekday of "last Monday", whether the date word at hand is "last" or "Monday". */
    private static Token weekdayAfterLast(Sentence sentence, Token token) {
        List<Token> tokens = sentence.tokens();
        if (token.word().equalsIgnoreCase("last") && token.index() + 1 < tokens.size()
                && WEEKDAYS.contains(tokens.get(token.index() + 1).word().toLowerCase(java.util.Locale.ROOT))) {
            return tokens.get(token.index() + 1);
        }
        if (WEEKDAYS.contains(token.word().toLowerCase(java.util.Locale.ROOT)) && token.index() > 0
                && tokens.get(token.index() - 1).word().equalsIgnoreCase("last")) {
            return token;
        }
        return null;
    }

    private static LocalDate lastWeekday(Sentence sentence, Token token, LocalDate published) {
        Token weekday = weekdayAfterLast(sentence, token);
        java.time.DayOfWeek day = java.time.DayOfWeek.valueOf(weekday.word().toUpperCase(java.util.Locale.ROOT));
        LocalDate date = published.minusDays(1);
        while (date.getDayOfWeek() != day) {
            date = date.minusDays(1);
        }
        return date;
    }

    private static Token clauseHead(Sentence sentence, Token verb) {
        if (!Set.of("advcl", "conj", "xcomp", "dep", "obl").contains(verb.relation())) {
            return null;
        }
        Token head = sentence.head(verb);
        return head != null && head.isVerb() ? head : null;
    }

    private static LocalDate attachedDate(Candidate candidate, Sentence sentence, Token verb, LocalDate published) {
        for (Token token : sentence.tokens()) {
            if (token.timex() == null || inside(candidate.content(), token.start())) {
                continue;
            }
            if (attachedTo(sentence, token, verb) && isLastWeekday(sentence, token)) {
                return lastWeekday(sentence, token, published);
            }
            if (attachedTo(sentence, token, verb) && FULL_DATE.matcher(token.timex()).matches()) {
                try {
                    LocalDate date = LocalDate.parse(token.timex());
                    return date.isAfter(published) ? null : date;
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        }
        return dayOfMonth(sentence, verb, candidate.content(), published);
    }

    /** "on the 22nd": the most recent 22nd on or before publication, which news uses for days this month. */
    private static LocalDate dayOfMonth(Sentence sentence, Token verb, Span content, LocalDate published) {
        for (Token token : sentence.tokens()) {
            if (!token.word().matches("\\d{1,2}(st|nd|rd|th)") || inside(content, token.start())
                    || !attachedTo(sentence, token, verb)) {
                continue;
            }
            Matcher matcher = DAY_OF_MONTH.matcher("the " + token.word());
            if (matcher.find()) {
                int day = Integer.parseInt(matcher.group(1));
                LocalDate candidate = published.withDayOfMonth(Math.min(day, published.lengthOfMonth()));
                if (day > published.getDayOfMonth()) {
                    LocalDate previous = published.minusMonths(1);
                    candidate = previous.withDayOfMonth(Math.min(day, previous.lengthOfMonth()));
                }
                return candidate;
            }
        }
        return null;
    }

    /**
     * A date word belongs to the reporting clause when it, or the date phrase it is part of, modifies the
     * verb as a time ("on Thursday", "last Monday"); a date word inside a name ("Russia Today") does not.
     */
    private static boolean attachedTo(Sentence sentence, Token token, Token verb) {
        Token current = token;
        for (int depth = 0; current != null && depth < 3; depth++) {
            if (!Set.of("DATE", "ORDINAL", "NUMBER").contains(current.ner()) && !current.pos().equals("CD")) {
                return false;
            }
            Token head = sentence.head(current);
            if (head == null) {
                return false;
            }
            if (head.index() == verb.index()) {
                return current.relation().startsWith("obl") || current.relation().startsWith("nmod")
                        || current.relation().equals("advmod");
            }
            current = head;
        }
        return false;
    }

    private static boolean inside(Span span, int offset) {
        return offset >= span.start() && offset < span.end();
    }
}
