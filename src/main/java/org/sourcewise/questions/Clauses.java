package org.sourcewise.questions;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.sourcewise.analysis.Statement;
import org.sourcewise.analysis.StatementKind;

/**
 * Whether a statement's content reads as a claim a student can be shown: "Claim: Russia about the consequences
 * of any intervention" or "Claim: to waive her diplomatic immunity" is an object or a phrase the engine cut out
 * of "warned Russia about ..." or "asking to waive ...", not something anyone said. Quoted words are the
 * speaker's own and may be a fragment; reported words must be a clause: no infinitive or preposition first, no
 * short object followed by a phrase after a verb such as "warned" or "urged", and a finite verb somewhere.
 */
final class Clauses {

    private Clauses() {}

    static boolean wellFormed(Statement statement) {
        if (statement.kind() == StatementKind.DIRECT) {
            return true;
        }
        return isClause(statement.content(), statement.cue());
    }

    static boolean isClause(String content, @Nullable String cue) {
        List<String> words = plainWords(content);
        if (words.isEmpty()) {
            return false;
        }
        String first = words.getFirst();
        if (Words.in(Words.FRAGMENT_STARTS, first)
                || (first.equals("not") && words.size() > 1 && words.get(1).equals("to"))) {
            return false;
        }
        if (cue != null && takesObjectFirst(cue) && objectThenPhrase(words)) {
            return false;
        }
        return hasFiniteVerb(words);
    }

    /**
     * "Russia not to attack ...", "people in the vicinity to stay ...", "Moscow of inflaming ...", "Russia about the
     * consequences ...": a short object, then an infinitive, "of" with an -ing form, or (with no verb anywhere) a
     * preposition. "A total of 39 are confirmed dead" is a clause: its verb comes first.
     */
    private static boolean objectThenPhrase(List<String> words) {
        boolean anyVerb = hasFiniteVerb(words);
        for (int i = 1; i < Math.min(words.size(), 7); i++) {
            String word = words.get(i);
            if (isVerb(words, i)) {
                return false;
            }
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            if (word.equals("to") || (word.equals("not") && next.equals("to"))) {
                return true;
            }
            if (word.equals("of") && next.endsWith("ing")) {
                return true;
            }
            if (!anyVerb && Words.in(Words.OBJECT_PHRASE_MARKERS, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean takesObjectFirst(String cue) {
        String verb = cue.toLowerCase(Locale.ROOT).split("\\s+", -1)[0];
        for (String base : Words.OBJECT_FIRST_VERBS) {
            if (verb.equals(base)
                    || verb.equals(base + "s")
                    || verb.equals(base + "ed")
                    || verb.equals(base + "d")
                    || verb.equals(base + "ing")
                    || verb.equals(base.replaceAll("e$", "") + "ing")
                    || verb.equals(base + "es")
                    || (base.equals("tell") && (verb.equals("told") || verb.equals("telling")))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasFiniteVerb(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (isVerb(words, i)) {
                return true;
            }
        }
        return false;
    }

    /** A listed finite verb, a past form in -ed, or a present form in -s that no determiner precedes. */
    private static boolean isVerb(List<String> words, int i) {
        String word = words.get(i);
        if (Words.in(Words.FINITE_VERBS, word)) {
            return true;
        }
        if (word.length() > 3 && word.endsWith("ed")) {
            return true;
        }
        boolean presentForm = i > 0
                && word.length() > 3
                && word.endsWith("s")
                && !word.endsWith("ss")
                && !word.endsWith("us")
                && !word.endsWith("is")
                && !word.endsWith("'s");
        return presentForm && !Words.in(Words.DETERMINERS, words.get(i - 1));
    }

    /** Words with their apostrophes kept ("can't", "Russia's"), lower case. */
    private static List<String> plainWords(String text) {
        return java.util.Arrays.stream(Wording.balanced(text)
                        .toLowerCase(Locale.ROOT)
                        .replace('’', '\'')
                        .split("[^\\p{L}\\p{N}']+"))
                .map(word -> word.replaceAll("^'+|'+$", ""))
                .filter(word -> !word.isEmpty())
                .toList();
    }
}
