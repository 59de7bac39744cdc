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
    private static final Pattern DAY_ORDINAL = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)");

    private SaidOn() {
    }

    static LocalDate of(Candidate candidate, LocalDate published) {
        if (published == null || candidate.verb() == null || candidate.cue().equals("according to")) {
            return null;
        }
        Sentence sentence = candidate.speaker().sentence();
        // "On Thursday, A began X, warning that Y": a date set for the clause the report hangs on holds for it
        for (Token verb = candidate.verb(); verb != null; verb = clauseHead(sentence, verb)) {
            LocalDate date = attachedDate(candidate.content(), sentence, verb, published);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /** The date of the event a clause tells ("During a visit on Wednesday, Blinken criticized ..."), else null. */
    static LocalDate ofClause(Sentence sentence, Token verb, LocalDate published) {
        return published == null ? null : attachedDate(new Span(0, 0), sentence, verb, published);
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

    /**
     * The clause a participle or second verb hangs on. The parser sometimes hangs an "as"-clause on a noun of
     * the main clause ("began the phase ..., as Britain began ..."), even as a relative clause, so a few nouns
     * are climbed over.
     */
    private static Token clauseHead(Sentence sentence, Token verb) {
        boolean subordinate = Set.of("advcl", "conj", "xcomp", "dep", "obl").contains(verb.relation())
                || verb.relation().startsWith("acl") && sentence.children(verb).stream().anyMatch(child ->
                        child.relation().equals("mark") && !child.lemma().equalsIgnoreCase("that"));
        if (!subordinate) {
            return null;
        }
        Token head = sentence.head(verb);
        for (int depth = 0; head != null && !head.isVerb() && depth < 3; depth++) {
            head = sentence.head(head);
        }
        return head != null && head.isVerb() ? head : null;
    }

    private static LocalDate attachedDate(Span content, Sentence sentence, Token verb, LocalDate published) {
        for (Token token : sentence.tokens()) {
            if (token.timex() == null || inside(content, token.start())) {
                continue;
            }
            boolean attached = attachedTo(sentence, token, verb) || between(sentence, token, verb, content);
            if (attached && isLastWeekday(sentence, token)) {
                return lastWeekday(sentence, token, published);
            }
            if (attached && FULL_DATE.matcher(token.timex()).matches()) {
                try {
                    LocalDate date = LocalDate.parse(token.timex());
                    return date.isAfter(published) ? null : date;
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        }
        return dayOfMonth(sentence, verb, content, published);
    }

    /**
     * "said on Thursday (January 27) the U.S. had ...": a date between the verb and what was said is the
     * verb's, however the parser hung it; a date word modifying a noun there ("the Russia Today channel") is not.
     */
    private static boolean between(Sentence sentence, Token token, Token verb, Span content) {
        Token head = sentence.head(token);
        boolean modifiesNoun = head != null && head.isNoun() && !head.ner().equals("DATE");
        return content.end() > content.start() && token.start() > verb.end() && token.end() <= content.start()
                && !modifiesNoun;
    }

    /** "on the 22nd": the most recent 22nd on or before publication, which news uses for days this month. */
    private static LocalDate dayOfMonth(Sentence sentence, Token verb, Span content, LocalDate published) {
        for (Token token : sentence.tokens()) {
            if (!DAY_ORDINAL.matcher(token.word()).matches() || inside(content, token.start())
                    || !attachedTo(sentence, token, verb)) {
                continue;
            }
            Matcher matcher = DAY_ORDINAL.matcher(token.word());
            if (matcher.matches()) {
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
            if (!current.ner().equals("DATE") && !current.pos().equals("CD")
                    && !DAY_ORDINAL.matcher(current.word()).matches()) {
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
