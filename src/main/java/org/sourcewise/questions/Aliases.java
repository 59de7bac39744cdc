package org.sourcewise.questions;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sourcewise.analysis.Speaker;
import org.sourcewise.analysis.Spelling;

/**
 * Whether two speakers may be the same source, so that one must never stand beside the other as a wrong
 * answer: spelling variants ("Zelensky", "Zelenskyy"), a family name and the full name, a body and its country
 * ("Russia's foreign ministry", "Russia"), and a capital or seat of government for its country ("Moscow",
 * "the Kremlin" for Russia). Errs towards "may be the same": a lost distractor costs little, a second right
 * answer costs a student a point.
 */
final class Aliases {

    private static final Map<String, String> SEATS = Map.ofEntries(
            Map.entry("moscow", "russia"),
            Map.entry("kremlin", "russia"),
            Map.entry("washington", "united states"),
            Map.entry("white house", "united states"),
            Map.entry("us", "united states"),
            Map.entry("u s", "united states"),
            Map.entry("america", "united states"),
            Map.entry("kyiv", "ukraine"),
            Map.entry("kiev", "ukraine"),
            Map.entry("beijing", "china"),
            Map.entry("london", "britain"),
            Map.entry("downing street", "britain"),
            Map.entry("uk", "britain"),
            Map.entry("united kingdom", "britain"),
            Map.entry("ottawa", "canada"),
            Map.entry("parliament hill", "canada"),
            Map.entry("paris", "france"),
            Map.entry("elysee", "france"),
            Map.entry("berlin", "germany"),
            Map.entry("minsk", "belarus"),
            Map.entry("tokyo", "japan"),
            Map.entry("delhi", "india"),
            Map.entry("new delhi", "india"));

    private Aliases() {}

    static boolean maySame(Speaker a, Speaker b) {
        return maySame(a.name(), b.name());
    }

    static boolean maySame(String a, String b) {
        String first = normal(a);
        String second = normal(b);
        if (first.isEmpty() || second.isEmpty()) {
            return first.equals(second);
        }
        if (first.equals(second) || containsWords(first, second) || containsWords(second, first)) {
            return true;
        }
        if (SEATS.getOrDefault(first, first).equals(SEATS.getOrDefault(second, second))) {
            return true;
        }
        if (governmentOfNoNamedCountry(first) && isCountry(second)
                || governmentOfNoNamedCountry(second) && isCountry(first)) {
            return true;
        }
        List<String> firstWords = List.of(first.split(" "));
        List<String> secondWords = List.of(second.split(" "));
        if (similarSpelling(firstWords.getLast(), secondWords.getLast())) {
            return true;
        }
        // "Russian Defense Ministry" and "Russia": one source's name grows out of the other's
        for (String word : firstWords) {
            for (String other : secondWords) {
                if (word.length() >= 4
                        && other.length() >= 4
                        && !Words.SHARED_NAME_WORDS.contains(word)
                        && !Words.SHARED_NAME_WORDS.contains(other)
                        && (word.startsWith(other) || other.startsWith(word))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "the Biden government", "the Trudeau administration": a government named after its leader may be any
     * country's, so no country stands beside it as a wrong answer.
     */
    private static boolean governmentOfNoNamedCountry(String normal) {
        List<String> words = List.of(normal.split(" "));
        if (!Words.GOVERNMENTS.contains(words.getLast())) {
            return false;
        }
        return words.stream()
                .noneMatch(word -> isCountry(word)
                        || SEATS.values().stream()
                                .anyMatch(country -> word.length() >= 4 && country.startsWith(word.substring(0, 4))));
    }

    private static boolean isCountry(String normal) {
        return SEATS.containsKey(normal) || SEATS.containsValue(normal);
    }

    private static String normal(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("'s\\b", "");
        return String.join(
                " ",
                Wording.words(lower).stream()
                        .filter(word ->
                                !List.of("the", "a", "an", "mr", "mrs", "ms").contains(word))
                        .toList());
    }

    private static boolean containsWords(String longer, String shorter) {
        return (" " + longer + " ").contains(" " + shorter + " ");
    }

    /** "Ryabkov" and "Ryabukov", "Zelensky" and "Zelenskiy": family names one or two letters apart. */
    private static boolean similarSpelling(String a, String b) {
        return a.length() >= 5 && b.length() >= 5 && Spelling.distance(a, b) <= 2;
    }
}
