package org.sourcewise.questions;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.sourcewise.analysis.Span;
import org.sourcewise.analysis.Statement;

/**
 * What a reader must put together to answer about a statement: the sentences to read, the explanation shown
 * after answering, and how hard that is. A speaker named in the statement's own sentence is an easy clue; a
 * "she" or "the spokesman" resolved from an earlier sentence is a harder one, and that sentence joins the evidence.
 */
final class Clues {

    private Clues() {}

    record SpeakerClue(List<Span> evidence, String explanation, boolean namedInPlace) {}

    static SpeakerClue speaker(String text, Statement statement) {
        Span evidence = statement.evidence();
        String sentence = text.substring(evidence.start(), evidence.end());
        String name = statement.speaker().name();
        String familyName = name.substring(name.lastIndexOf(' ') + 1);
        String says = "The article says: “" + Wording.shorten(sentence, 60) + "”";
        if (Wording.containsWord(sentence, familyName)) {
            return new SpeakerClue(List.of(evidence), says, true);
        }
        int earlier = text.lastIndexOf(familyName, evidence.start());
        if (earlier >= 0) {
            Span named = Wording.sentenceAround(text, earlier);
            return new SpeakerClue(
                    List.of(named, evidence),
                    says + " The speaker there is " + name + ", named earlier: “"
                            + Wording.shorten(text.substring(named.start(), named.end()), 40) + "”",
                    false);
        }
        String role = statement.speaker().role();
        return new SpeakerClue(
                List.of(evidence),
                says + " The article means " + name + (role == null ? "" : ", its " + role) + ".",
                false);
    }

    private static final java.util.regex.Pattern DATE_WORDS = java.util.regex.Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December|"
                    + "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                    + "Sunday|yesterday|today|tonight|ago|\\d{1,2}(st|nd|rd|th))\\b");

    /**
     * Whether the statement's own sentence tells when: a date a reader takes from an earlier sentence is a
     * reasonable guess, but too uncertain to be an answer key.
     */
    static boolean datedInSentence(String sentence) {
        return DATE_WORDS.matcher(sentence).find();
    }

    /** "December 9" or "9 December" written out in the sentence: the date can be read, not worked out. */
    static boolean dateWrittenOut(String sentence, LocalDate date) {
        String month = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String shortMonth = date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        List<String> words = Wording.words(sentence);
        boolean monthNamed =
                words.contains(month.toLowerCase(Locale.ROOT)) || words.contains(shortMonth.toLowerCase(Locale.ROOT));
        boolean dayNamed = words.stream()
                .anyMatch(word -> word.replaceAll("(st|nd|rd|th)$", "").equals(Integer.toString(date.getDayOfMonth())));
        return monthNamed && dayNamed;
    }
}
