package org.sourcewise.questions;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcewise.analysis.Span;

/** Small text operations the question stages share: word overlap, shortening, sentences around an offset. */
final class Wording {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’)]?(\\s+|$)|\\n\\s*\\n");

    private Wording() {}

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher =
                WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /** Word-overlap F1 of two texts, as the attribution scorer measures whether two statements are the same. */
    static double overlap(String a, String b) {
        List<String> first = words(a);
        List<String> second = words(b);
        if (first.isEmpty() || second.isEmpty()) {
            return 0;
        }
        Map<String, Integer> counts = new HashMap<>();
        first.forEach(word -> counts.merge(word, 1, Integer::sum));
        int common = 0;
        for (String word : second) {
            Integer left = counts.get(word);
            if (left != null && left > 0) {
                counts.put(word, left - 1);
                common++;
            }
        }
        if (common == 0) {
            return 0;
        }
        double precision = (double) common / first.size();
        double recall = (double) common / second.size();
        return 2 * precision * recall / (precision + recall);
    }

    /**
     * The text without quotation marks left open or closed alone, which a statement cut out of its sentence
     * can carry ("the number could double “in a short period of time").
     */
    static String balanced(String text) {
        long opening = text.chars().filter(c -> c == '“').count();
        long closing = text.chars().filter(c -> c == '”').count();
        long straight = text.chars().filter(c -> c == '"').count();
        String result = text;
        if (opening != closing) {
            result = result.replace("“", "").replace("”", "");
        }
        if (straight % 2 == 1) {
            result = result.replace("\"", "");
        }
        return result;
    }

    /** At most {@code limit} words, cut at a word boundary and marked with an ellipsis. */
    static String shorten(String text, int limit) {
        String trimmed = balanced(text).strip().replaceAll("\\s+", " ");
        String[] parts = trimmed.split(" ");
        if (parts.length <= limit) {
            return trimmed;
        }
        return String.join(" ", java.util.Arrays.copyOf(parts, limit)).replaceAll("[,;:]$", "") + " …";
    }

    /** The sentence of {@code text} holding {@code offset}, told apart by full stops and blank lines. */
    static Span sentenceAround(String text, int offset) {
        int start = 0;
        Matcher matcher = SENTENCE_END.matcher(text);
        while (matcher.find()) {
            if (matcher.end() > offset) {
                return new Span(start, matcher.end() == text.length() ? text.length() : matcher.start() + 1);
            }
            start = matcher.end();
        }
        return new Span(start, text.length());
    }

    static boolean containsWord(String text, String word) {
        return words(text).contains(word.toLowerCase(Locale.ROOT));
    }
}
