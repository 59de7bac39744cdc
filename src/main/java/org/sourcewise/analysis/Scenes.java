package org.sourcewise.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Dates a careful reader takes from the story rather than from the statement's own sentence.
 * "During a visit to Kyiv on Wednesday, Blinken criticized ..." sets a scene: a day, its places, its people.
 * A later sentence opening with "In Kyiv," returns to it, and what the scene's people say from there on was
 * said that day, until a sentence opens somewhere else ("From Kyiv, ...", "In Berlin, ..."). Without that
 * explicit return nothing is dated: a reporter's next paragraph may as well come from a briefing days later.
 */
final class Scenes {

    /** How many sentences on a person's dated act still holds for what they say, when nothing moved the time. */
    static final int ACT_REACH = 4;
    /** An act longer ago than this before publication is background ("On March 3, 2015, she won ..."), not the occasion of a report. */
    static final int ACT_RECENT_DAYS = 7;

    private record Scene(LocalDate date, Set<String> places, Set<String> people) {}

    private final @Nullable LocalDate published;
    private final List<Scene> scenes = new ArrayList<>();
    private @Nullable Scene current;
    private @Nullable LocalDate previousDay;
    /** The latest sentence whose main clause is set on a day: the story's time, with who acted then. */
    private @Nullable LocalDate storyDay;

    private Set<String> storyPeople = Set.of();
    private int storySentence = -1;
    /** The last calendar day the reporter's own words named, in the sentences read so far. */
    private @Nullable LocalDate lastToldDay;

    private final List<Span> quotes;

    Scenes(@Nullable LocalDate published, List<Span> quotes) {
        this.published = published;
        this.quotes = quotes;
    }

    /**
     * Reads where a sentence opens; call before its statements are dated.
     *
     * @return whether the sentence opens in a place ("In Kyiv, ...", "From Berlin, ..."), which ends whatever
     *     time and scene the sentences before it were set in
     */
    boolean enter(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        if (tokens.size() < 3
                || !tokens.getFirst().pos().equals("IN")
                || !tokens.get(1).isProperNoun()) {
            if (current != null) {
                current.people().addAll(people(sentence));
            }
            return false;
        }
        String place = tokens.get(1).word();
        boolean returning =
                Lexicon.RETURN_PREPOSITIONS.contains(tokens.getFirst().lemma().toLowerCase(java.util.Locale.ROOT));
        current = null;
        for (Scene scene : scenes) {
            if (returning && scene.places().contains(place)) {
                current = scene;
            }
        }
        if (current != null) {
            current.people().addAll(people(sentence));
        } else {
            // somewhere else, perhaps another day: a person's dated act no longer dates what they say
            storyDay = null;
        }
        return true;
    }

    /** The day of the scene the speaker is part of, else null. */
    @Nullable
    LocalDate dateFor(Speaker speaker) {
        if (current == null || speaker.kind() != SourceKind.PERSON) {
            return null;
        }
        return current.people().stream().anyMatch(person -> Speakers.sameFamily(person, speaker.name()))
                ? current.date()
                : null;
    }

    /** The last day the sentence before named: what "that day" or "at the time" points back to. */
    @Nullable
    LocalDate previousDay() {
        return previousDay;
    }

    /**
     * The day of the story's time when the speaker is who acted then ("On Monday, Johnson joined the calls
     * ... Johnson was questioned ... He said ...") and no sentence since moved the time; null otherwise. A
     * report told in the present or the past perfect is not of that time, and is not asked about here.
     */
    @Nullable
    LocalDate actDateFor(Speaker speaker, Sentence sentence) {
        if (storyDay == null
                || published == null
                || speaker.kind() != SourceKind.PERSON
                || sentence.index() - storySentence > ACT_REACH
                || storyDay.isBefore(published.minusDays(ACT_RECENT_DAYS))) {
            return null;
        }
        return storyPeople.stream().anyMatch(person -> Speakers.sameFamily(person, speaker.name())) ? storyDay : null;
    }

    /**
     * The day a quotation's "this morning" or "tonight" is: the last day the story named before it, which
     * is the day of the events the speaker talks of as today's. A time of day alone ("at 9:54 a.m.") names
     * none, and the day of a report ("police said on Monday") is not an event's.
     */
    @Nullable
    LocalDate lastToldDay() {
        return lastToldDay;
    }

    /** A sentence whose main clause has a day and a place, with a person doing it, sets a scene. */
    void record(Sentence sentence) {
        previousDay = published == null ? null : SaidOn.lastDayNamed(sentence, published, List.of());
        LocalDate told = published == null ? null : SaidOn.lastEventDayNamed(sentence, published, quotes);
        lastToldDay = told != null ? told : lastToldDay;
        Token root =
                sentence.tokens().stream().filter(t -> t.head() < 0).findFirst().orElse(null);
        if (published == null || root == null || !root.isVerb()) {
            return;
        }
        LocalDate day = SaidOn.ofMainClause(sentence, root, published);
        if (day != null) {
            storyDay = day;
            storySentence = sentence.index();
            Token subject = sentence.child(root, "nsubj");
            storyPeople =
                    subject == null || subject.relation().equals("nsubj:pass") ? Set.of() : people(sentence, subject);
        }
        LocalDate date = SaidOn.ofClause(sentence, root, published);
        boolean personActs = sentence.children(root).stream()
                .anyMatch(child ->
                        child.relation().startsWith("nsubj") && child.ner().equals("PERSON"));
        Set<String> places = places(sentence);
        if (date != null && personActs && !places.isEmpty()) {
            scenes.add(new Scene(date, places, people(sentence)));
        }
    }

    /** Proper nouns after "in", "to" or "at" up to the next verb or date: "to the Ukrainian capital, Kyiv on ...". */
    private static Set<String> places(Sentence sentence) {
        Set<String> places = new HashSet<>();
        boolean inPlacePhrase = false;
        for (Token token : sentence.tokens()) {
            if (token.pos().equals("IN") || token.pos().equals("TO")) {
                inPlacePhrase =
                        Lexicon.PLACE_PREPOSITIONS.contains(token.lemma().toLowerCase(java.util.Locale.ROOT));
            } else if (token.isVerb() || token.ner().equals("DATE")) {
                inPlacePhrase = false;
            } else if (inPlacePhrase && token.isProperNoun() && !token.ner().equals("PERSON")) {
                places.add(token.word());
            }
        }
        return places;
    }

    /** The people named in a word's phrase: the subject "Ricardo Rosselló Nevares, Puerto Rico's governor". */
    private static Set<String> people(Sentence sentence, Token head) {
        int[] range = sentence.subtree(head);
        Set<String> people = new HashSet<>();
        for (Token token : sentence.tokens().subList(range[0], range[1] + 1)) {
            if (token.ner().equals("PERSON")) {
                people.add(token.word());
            }
        }
        return people;
    }

    private static Set<String> people(Sentence sentence) {
        Set<String> people = new HashSet<>();
        for (Token token : sentence.tokens()) {
            if (token.ner().equals("PERSON")) {
                people.add(token.word());
            }
        }
        return people;
    }
}
