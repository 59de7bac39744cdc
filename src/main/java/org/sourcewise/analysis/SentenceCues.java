package org.sourcewise.analysis;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which sentences are worth the slow annotators, judged from words and entity tags alone. Generous on
 * purpose: a sentence passed over loses its dates or its structure, a sentence let through only costs time.
 */
final class SentenceCues {

    /** A day of the month, a year or a numeric date; not a count such as "175,000 soldiers". */
    private static final Pattern DATE_NUMBER = Pattern.compile(
            "\\d{1,2}(st|nd|rd|th)?|1[89]\\d\\d|2\\d{3}|\\d{1,4}[/.-]\\d{1,2}([/.-]\\d{1,4})?|'\\d\\d|\\d{4}s");

    private static final int WINDOW_REACH = 6;

    private SentenceCues() {}

    /**
     * The stretches of a sentence where a date may be told: each date word with the words around it, which
     * covers "on Thursday, December 9, 2021" and "a few days ago", overlapping stretches merged. As
     * {from, to} word indexes, {@code to} exclusive.
     */
    static List<int[]> dateWindows(List<CoreLabel> labels) {
        List<int[]> windows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            if (!isDateWord(labels.get(i).word())) {
                continue;
            }
            int from = Math.max(0, i - WINDOW_REACH);
            int to = Math.min(labels.size(), i + WINDOW_REACH + 1);
            if (!windows.isEmpty() && windows.getLast()[1] >= from) {
                windows.getLast()[1] = to;
            } else {
                windows.add(new int[] {from, to});
            }
        }
        return windows;
    }

    /**
     * Whether later rules read the sentence's grammar: when it may report what someone said (a quotation
     * mark, a reporting word), or when it tells of a person in a way a later sentence leans on: with a role
     * ("Dmitry Peskov, the Kremlin spokesman, ..."), before a pronoun that may stand for them, or on a day
     * (a scene that later quotes return to).
     */
    static boolean needsStructure(List<Token> tokens, List<Token> next, boolean dated) {
        boolean person = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String lemma = token.lemma() == null ? token.word() : token.lemma();
            if (Lexicon.QUOTE_MARKS.contains(token.word())
                    || Lexicon.REPORTING_VERBS.contains(lemma.toLowerCase(Locale.ROOT))
                    || token.word().equalsIgnoreCase("according")) {
                return true;
            }
            if ("PERSON".equals(token.ner())) {
                person = true;
                if (i + 1 < tokens.size() && tokens.get(i + 1).word().equals(",")) {
                    return true;
                }
            }
        }
        return person
                && (dated
                        || next.stream()
                                .anyMatch(token -> Lexicon.PRONOUNS_OF_PEOPLE.contains(
                                        token.word().toLowerCase(Locale.ROOT))));
    }

    /**
     * The parse as the rules get it: a sentence {@link #needsStructure} passes over keeps its words but loses
     * its tree, so that a parse of every sentence (a recording) gives the rules what the selective pipeline gives.
     */
    static ParsedText withStructureWhereNeeded(ParsedText parsed) {
        List<Sentence> sentences = parsed.sentences();
        List<Sentence> selected = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            List<Token> next = i + 1 < sentences.size() ? sentences.get(i + 1).tokens() : List.of();
            boolean dated = sentence.tokens().stream().anyMatch(token -> token.timex() != null);
            selected.add(needsStructure(sentence.tokens(), next, dated) ? sentence : flat(sentence));
        }
        return new ParsedText(parsed.text(), selected);
    }

    /** A sentence without its tree: every word hangs on the first, so no rule finds a subject or clause that is not there. */
    static Sentence flat(Sentence sentence) {
        List<Token> tokens = new ArrayList<>(sentence.tokens().size());
        for (Token token : sentence.tokens()) {
            boolean first = token.index() == 0;
            tokens.add(token.attachedTo(first ? -1 : 0, first ? "root" : "dep"));
        }
        return new Sentence(sentence.index(), sentence.start(), sentence.end(), tokens);
    }

    private static boolean isDateWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String name = lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
        return DATE_NUMBER.matcher(word).matches()
                || Lexicon.DATE_WORDS.contains(lower)
                || Character.isUpperCase(word.charAt(0)) && CalendarWords.ALL.contains(name);
    }
}
