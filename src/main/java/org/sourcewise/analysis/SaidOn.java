package org.sourcewise.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * When a statement was made, read only from the reporting clause ("confirmed on the 4th that ...",
 * "Last Monday, X predicted ...", "according to a tweet on Monday by X"), never from what was said; null when
 * the clause gives no calendar day. A date is taken only where English news puts the time of a report:
 * <ul>
 *     <li>on the reporting verb ("said on Friday", "told reporters Tuesday", "said at a news conference
 *     yesterday"), or on the clause a participle or second verb hangs on;</li>
 *     <li>between the verb and what was said ("said on Thursday (January 27) the U.S. had ...");</li>
 *     <li>opening the sentence ("On Saturday, in a brief statement, X said ...", "Yesterday, X announced ...");</li>
 *     <li>on the subject ("Reports as of Wednesday said ...") or on the source of "according to";</li>
 *     <li>on the report a report is relayed by ("Reuters reported on Monday a source said ...").</li>
 * </ul>
 * A weekday is the most recent such day on or before publication (SUTime sometimes picks one ahead); a day
 * that still lies after publication, or a phrase pointing ahead ("next Monday"), gives no date: nobody has
 * said anything in the future. "That day", "the same day" and "at the time" are the day the sentence before named.
 */
final class SaidOn {

    private static final Pattern FULL_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}).*");
    private static final Pattern DAY_ORDINAL = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)");
    private static final Pattern YEAR = Pattern.compile("1[89]\\d\\d|2\\d{3}");
    /** Words that may open a sentence before its date: "On Monday", "Late on Friday", "Earlier this week on ...". */
    private static final Set<String> OPENING_POS = Set.of("IN", "DT", "RB", "RBR", "JJ", "JJR", "NN");

    private SaidOn() {}

    static @Nullable LocalDate of(Candidate candidate, @Nullable LocalDate published) {
        return of(candidate, published, null);
    }

    /**
     * @param antecedent the day the sentence before named, which "that day" or "at the time" points back to;
     *     null when it named none
     */
    static @Nullable LocalDate of(Candidate candidate, @Nullable LocalDate published, @Nullable LocalDate antecedent) {
        if (published == null || candidate.verb() == null) {
            return null;
        }
        Sentence sentence = candidate.speaker().sentence();
        Span content = candidate.content();
        if (candidate.cue().equals("according to")) {
            Token source = sentence.head(candidate.verb());
            return source == null ? null : modifierDate(sentence, source, content, published, antecedent);
        }
        // "On Thursday, A began X, warning that Y": a date set for the clause the report hangs on holds for it
        boolean own = true;
        for (Token verb = candidate.verb(); verb != null; verb = clauseHead(sentence, verb)) {
            LocalDate date = attachedDate(content, sentence, verb, published, antecedent, own);
            if (date == null) {
                Token subject = subjectOf(sentence, verb);
                date = subject == null ? null : modifierDate(sentence, subject, content, published, antecedent);
            }
            if (date != null) {
                return date;
            }
            own = false;
        }
        if (isPastPerfect(sentence, candidate.verb()) || inRelativeClause(sentence, candidate.verb())) {
            return null;
        }
        return openingDate(sentence, content, published, antecedent);
    }

    /** The date of the event a clause tells ("During a visit on Wednesday, Blinken criticized ..."), else null. */
    static @Nullable LocalDate ofClause(Sentence sentence, Token verb, @Nullable LocalDate published) {
        return published == null ? null : attachedDate(new Span(0, 0), sentence, verb, published, null, false);
    }

    /**
     * The day a sentence's main clause is set on ("On Monday, X joined the calls ...", "X announced his
     * resignation late on Wednesday"), else null: what moves the story's time.
     */
    static @Nullable LocalDate ofMainClause(Sentence sentence, Token root, @Nullable LocalDate published) {
        if (published == null) {
            return null;
        }
        LocalDate date = attachedDate(new Span(0, 0), sentence, root, published, null, false);
        return date != null || isPastPerfect(sentence, root)
                ? date
                : openingDate(sentence, new Span(0, 0), published, null);
    }

    /** The last calendar day a sentence names, outside any quotation in {@code quotes}, else null. */
    static @Nullable LocalDate lastDayNamed(Sentence sentence, LocalDate published, List<Span> quotes) {
        LocalDate last = null;
        for (Token token : sentence.tokens()) {
            if (isDateWord(token) && quotes.stream().noneMatch(quote -> inside(quote, token.start()))) {
                LocalDate day = day(sentence, token, published, null);
                last = day != null ? day : last;
            }
        }
        return last;
    }

    /**
     * The last day a sentence names for something that happened: by a date (not a time of day alone), outside
     * quotations, and not the day of a report ("police said on Monday"), which is no event's day. Else null.
     */
    static @Nullable LocalDate lastEventDayNamed(Sentence sentence, LocalDate published, List<Span> quotes) {
        LocalDate last = null;
        for (Token token : sentence.tokens()) {
            Token head = sentence.head(token);
            while (head != null && head.ner().equals("DATE")) {
                head = sentence.head(head);
            }
            if (token.ner().equals("DATE")
                    && quotes.stream().noneMatch(quote -> inside(quote, token.start()))
                    && (head == null || !ReportingVerbs.isReporting(head))) {
                LocalDate day = day(sentence, token, published, null);
                last = day != null ? day : last;
            }
        }
        return last;
    }

    /**
     * Whether the quoted words speak of the day they were said as today ("this morning", "tonight"): they were
     * said on the day of the events they tell.
     */
    static boolean speaksOfItsOwnDay(ParsedText parsed, Span content, List<Span> quotes) {
        Sentence sentence = Objects.requireNonNull(parsed.sentenceAt(content.start()), "content lies in a sentence");
        for (int k = sentence.index(); k < parsed.sentences().size(); k++) {
            List<Token> tokens = parsed.sentences().get(k).tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                if (token.start() >= content.end()) {
                    return false;
                }
                if (token.start() < content.start()
                        || quotes.stream().noneMatch(quote -> inside(quote, token.start()))) {
                    continue;
                }
                String word = token.word().toLowerCase(Locale.ROOT);
                String next = i + 1 < tokens.size() ? tokens.get(i + 1).word().toLowerCase(Locale.ROOT) : "";
                if (Lexicon.TONIGHT.contains(word) || word.equals("this") && Lexicon.PARTS_OF_TODAY.contains(next)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "He had said ...": a report told as earlier than the story's time, which no later day holds for. */
    static boolean isPastPerfect(Sentence sentence, Token verb) {
        return verb.pos().equals("VBN")
                && sentence.children(verb).stream()
                        .anyMatch(child ->
                                child.relation().equals("aux") && child.word().equalsIgnoreCase("had"));
    }

    /**
     * "X says ...", "X had said ...": a report the story's time does not date. ("Said earlier" is left alone:
     * in news it is mostly earlier the same day.)
     */
    static boolean toldOutOfStoryTime(Candidate candidate) {
        Token verb = candidate.verb();
        if (verb == null || candidate.cue().equals("according to")) {
            return false;
        }
        Sentence sentence = candidate.speaker().sentence();
        return isPresent(verb) || isPastPerfect(sentence, verb);
    }

    /** Whether the verb is told in the present ("says", "tell"), which no earlier day holds for. */
    static boolean isPresent(Token verb) {
        return verb.pos().equals("VBZ") || verb.pos().equals("VBP");
    }

    /** Whether a word stands inside quotation marks that open in its sentence: what was said, not when. */
    private static boolean insideQuote(Sentence sentence, Token token) {
        boolean inside = false;
        for (Token before : sentence.tokens().subList(0, token.index())) {
            String word = before.word();
            if (word.equals("``") || word.equals("\u201C")) {
                inside = true;
            } else if (word.equals("''") || word.equals("\u201D")) {
                inside = false;
            } else if (word.equals("\"")) {
                inside = !inside;
            }
        }
        return inside;
    }

    private static boolean inRelativeClause(Sentence sentence, Token verb) {
        for (Token current = verb; current != null; current = sentence.head(current)) {
            if (current.relation().startsWith("acl")) {
                return true;
            }
        }
        return false;
    }

    /** Whether SUTime tagged the word as part of a date or time, or it is "that day" or "at the time". */
    private static boolean isDateWord(Token token) {
        return token.timex() != null
                        && (token.ner().equals("DATE") || token.ner().equals("TIME"))
                || Lexicon.PARTS_OF_DAY.contains(token.word().toLowerCase(Locale.ROOT))
                || token.word().equalsIgnoreCase("time");
    }

    /**
     * The calendar day a date word stands for, from the whole phrase it is part of; null for a vaguer date
     * ("last week", "this month"), a day ahead of publication, or a word that names no date at all.
     */
    static @Nullable LocalDate day(
            Sentence sentence, Token token, LocalDate published, @Nullable LocalDate antecedent) {
        List<Token> tokens = sentence.tokens();
        if (isAnaphoric(tokens, token)) {
            return antecedent;
        }
        if (token.timex() == null || !(token.ner().equals("DATE") || token.ner().equals("TIME"))) {
            return null;
        }
        int first = token.index();
        int last = token.index();
        while (first > 0 && token.timex().equals(tokens.get(first - 1).timex())) {
            first--;
        }
        while (last + 1 < tokens.size()
                && token.timex().equals(tokens.get(last + 1).timex())) {
            last++;
        }
        String preposition = first > 0 ? tokens.get(first - 1).word().toLowerCase(Locale.ROOT) : "";
        boolean boundOfDay = tokens.subList(first, last + 1).stream()
                .anyMatch(t -> t.word().equalsIgnoreCase("midnight") || t.word().equalsIgnoreCase("dawn"));
        if (Lexicon.BOUNDS.contains(preposition) && !boundOfDay) {
            // "until Monday", "since Friday": a stretch of time, not the day something was said
            return null;
        }
        DayOfWeek weekday = null;
        boolean calendar = false;
        boolean lastWord = first > 0 && tokens.get(first - 1).word().equalsIgnoreCase("last");
        for (int i = first; i <= last; i++) {
            String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
            if (Lexicon.AHEAD.contains(word)) {
                return null;
            }
            lastWord |= word.equals("last");
            calendar |= CalendarWords.MONTHS.contains(word.replace(".", ""))
                    || YEAR.matcher(word).matches()
                    || word.matches("\\d.*");
            weekday = weekday != null ? weekday : weekday(word);
        }
        if (weekday != null && !calendar) {
            // "last Monday" in news is the most recent Monday before publication, not the one a week earlier
            LocalDate date = lastWord ? published.minusDays(1) : published;
            while (date.getDayOfWeek() != weekday) {
                date = date.minusDays(1);
            }
            return date;
        }
        Matcher matcher = FULL_DATE.matcher(token.timex());
        if (!matcher.matches()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(matcher.group(1));
            boolean yearWritten = false;
            for (int i = first; i <= last; i++) {
                yearWritten |= YEAR.matcher(tokens.get(i).word()).matches();
            }
            if (date.isAfter(published) && !yearWritten && !date.minusYears(1).isAfter(published)) {
                // "on December 30" in January: SUTime puts it in the publication's year
                date = date.minusYears(1);
            }
            return date.isAfter(published) ? null : date;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** "that day", "that same evening", "the same day", "at the time": a day a sentence before named. */
    private static boolean isAnaphoric(List<Token> tokens, Token token) {
        String word = token.word().toLowerCase(Locale.ROOT);
        int i = token.index();
        String before = i > 0 ? tokens.get(i - 1).word().toLowerCase(Locale.ROOT) : "";
        String twoBefore = i > 1 ? tokens.get(i - 2).word().toLowerCase(Locale.ROOT) : "";
        if (Lexicon.PARTS_OF_DAY.contains(word)) {
            return before.equals("that")
                    || before.equals("same") && (twoBefore.equals("the") || twoBefore.equals("that"));
        }
        return word.equals("time") && before.equals("the") && twoBefore.equals("at");
    }

    private static @Nullable DayOfWeek weekday(String word) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().equalsIgnoreCase(word)) {
                return day;
            }
        }
        return null;
    }

    /**
     * The clause a participle or second verb hangs on, or the report a report is relayed by ("Reuters reported
     * on Monday a source said ..."). The parser sometimes hangs an "as"-clause on a noun of the main clause
     * ("began the phase ..., as Britain began ..."), even as a relative clause, so a few nouns are climbed over.
     */
    private static @Nullable Token clauseHead(Sentence sentence, Token verb) {
        boolean subordinate = Set.of("advcl", "conj", "xcomp", "dep", "obl").contains(verb.relation())
                || verb.relation().startsWith("acl")
                        && sentence.children(verb).stream()
                                .anyMatch(child -> child.relation().equals("mark")
                                        && !child.lemma().equalsIgnoreCase("that"));
        // only a report relays a report of its own day; "X said on Monday that Y told him" may tell of an older talk
        Token over = sentence.head(verb);
        boolean relayed = verb.relation().equals("ccomp")
                && over != null
                && over.lemma().equalsIgnoreCase("report")
                && !isPastPerfect(sentence, verb);
        // "..., with officials saying this is for security reasons", parsed with the report as the clausal subject
        // of what was said: the clause it opens hangs on the verb its predicate hangs on
        boolean absolute = verb.relation().equals("csubj") && sentence.child(verb, "mark") != null;
        if (!subordinate && !relayed && !absolute) {
            return null;
        }
        Token head = absolute && over != null ? sentence.head(over) : over;
        for (int depth = 0; head != null && !head.isVerb() && depth < 3; depth++) {
            head = sentence.head(head);
        }
        return head != null && head.isVerb() ? head : null;
    }

    private static @Nullable Token subjectOf(Sentence sentence, Token verb) {
        for (Token child : sentence.children(verb)) {
            if (child.relation().startsWith("nsubj")) {
                return child;
            }
        }
        return null;
    }

    /** "Reports as of Wednesday said", "according to a tweet on Monday by X": a date on the noun that reports. */
    private static @Nullable LocalDate modifierDate(
            Sentence sentence, Token noun, Span content, LocalDate published, @Nullable LocalDate antecedent) {
        for (Token child : sentence.children(noun)) {
            if (isDateWord(child)
                    && !inside(content, child.start())
                    && !insideQuote(sentence, child)
                    && child.relation().startsWith("nmod")
                    && !child.relation().equals("nmod:poss")) {
                LocalDate date = day(sentence, child, published, antecedent);
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    /**
     * "On Saturday, in a brief statement, X said ...", "Yesterday, X announced ...", "This Wednesday the minister
     * emphasized ...": a day opening the sentence is the time of its main clause, however the parser hung it.
     */
    private static @Nullable LocalDate openingDate(
            Sentence sentence, Span content, LocalDate published, @Nullable LocalDate antecedent) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size() && i <= 6; i++) {
            Token token = tokens.get(i);
            if (inside(content, token.start()) || insideQuote(sentence, token)) {
                return null;
            }
            if (isDateWord(token)) {
                boolean possessive =
                        i + 1 < tokens.size() && tokens.get(i + 1).pos().equals("POS");
                LocalDate date = possessive ? null : day(sentence, token, published, antecedent);
                if (date != null) {
                    return date;
                }
            } else if (!OPENING_POS.contains(token.pos()) || token.pos().equals("NN") && !isAnaphoricSoon(tokens, i)) {
                return null;
            }
        }
        return null;
    }

    /** A noun may open the sentence only as part of "at the time" or "that same day". */
    private static boolean isAnaphoricSoon(List<Token> tokens, int index) {
        return index + 1 < tokens.size() && isDateWord(tokens.get(index + 1));
    }

    private static @Nullable LocalDate attachedDate(
            Span content,
            Sentence sentence,
            Token verb,
            LocalDate published,
            @Nullable LocalDate antecedent,
            boolean own) {
        for (Token token : sentence.tokens()) {
            if (!isDateWord(token) || inside(content, token.start()) || insideQuote(sentence, token)) {
                continue;
            }
            if (attachedTo(sentence, token, verb, content) || own && between(sentence, token, verb, content)) {
                LocalDate date = day(sentence, token, published, antecedent);
                if (date != null) {
                    return date;
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
        boolean modifiesNoun = head != null
                && head.isNoun()
                && !head.ner().equals("DATE")
                && !head.ner().equals("TIME");
        return content.end() > content.start()
                && token.start() > verb.end()
                && token.end() <= content.start()
                && !modifiesNoun
                && token.timex() != null;
    }

    /** "on the 22nd": the most recent 22nd on or before publication, which news uses for days this month. */
    private static @Nullable LocalDate dayOfMonth(Sentence sentence, Token verb, Span content, LocalDate published) {
        for (Token token : sentence.tokens()) {
            if (!DAY_ORDINAL.matcher(token.word()).matches()
                    || inside(content, token.start())
                    || insideQuote(sentence, token)
                    || !attachedTo(sentence, token, verb, content)) {
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
     * verb as a time ("on Thursday", "last Monday"), or the setting of the report ("at a news conference on
     * Monday", "told reporters Tuesday", "in a meeting that day"); a date word inside a name ("Russia Today")
     * does not.
     */
    @SuppressWarnings("ReferenceEquality") // a sentence holds each of its words once
    private static boolean attachedTo(Sentence sentence, Token token, Token verb, Span content) {
        Token current = token;
        boolean throughSetting = false;
        for (int depth = 0; current != null && depth < 3; depth++) {
            boolean dateWord = current.ner().equals("DATE")
                    || current.ner().equals("TIME")
                    || current.pos().equals("CD")
                    || DAY_ORDINAL.matcher(current.word()).matches()
                    || current == token && isDateWord(current);
            if (!dateWord) {
                if (throughSetting || !isSetting(sentence, current, verb, content)) {
                    return false;
                }
                throughSetting = true;
            }
            Token head = sentence.head(current);
            if (head == null) {
                return false;
            }
            if (head.index() == verb.index()) {
                return current.relation().startsWith("obl")
                        || current.relation().startsWith("nmod")
                        || current.relation().equals("advmod")
                        || throughSetting;
            }
            current = head;
        }
        return false;
    }

    /** "at a news conference", "in an interview", "reporters" of "told reporters": where or to whom it was said. */
    @SuppressWarnings("ReferenceEquality") // a sentence holds each of its words once
    private static boolean isSetting(Sentence sentence, Token noun, Token verb, Span content) {
        if (!noun.isNoun()
                || noun.ner().equals("DATE")
                || inside(content, noun.start())
                || sentence.head(noun) != verb) {
            return false;
        }
        if (noun.relation().equals("obj") || noun.relation().equals("iobj")) {
            return verb.lemma().equalsIgnoreCase("tell");
        }
        return noun.relation().equals("obl")
                && sentence.children(noun).stream()
                        .anyMatch(child -> child.relation().equals("case")
                                && Lexicon.OCCASION_PREPOSITIONS.contains(
                                        child.word().toLowerCase(Locale.ROOT)));
    }

    private static boolean inside(Span span, int offset) {
        return offset >= span.start() && offset < span.end();
    }
}
