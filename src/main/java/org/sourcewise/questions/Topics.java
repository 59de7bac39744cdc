package org.sourcewise.questions;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcewise.analysis.CalendarWords;
import org.sourcewise.analysis.ExtractionResult;
import org.sourcewise.analysis.Statement;

/**
 * Whether another article tells a related story, so that its sources may stand as wrong answers here: the two share
 * names of people, places or bodies. A source from an unrelated story is an answer no student would weigh, and one
 * that teaches nothing about this article.
 */
final class Topics {

    /** Sharing one name can be chance (two stories that mention one country); two make a story about the same things. */
    static final int SHARED_NAMES = 2;

    /** A name: capitalised words in a row ("Justin Trudeau", "Supreme Court of Canada" as two). */
    private static final Pattern NAME =
            Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)*");

    private static final Pattern SENTENCE_START = Pattern.compile("(^|[.!?:;\"“”]\\s*|\\n\\s*)$");

    private Topics() {}

    /**
     * The names an article's text mentions, each as the set of its words in lower case; a name opening a sentence
     * is left out, since its capital may only be the sentence's.
     */
    static Set<Set<String>> names(String text) {
        Set<Set<String>> names = new HashSet<>();
        Matcher matcher = NAME.matcher(text);
        while (matcher.find()) {
            String before = text.substring(Math.max(0, matcher.start() - 3), matcher.start());
            Set<String> words = words(matcher.group());
            if (!SENTENCE_START.matcher(before).find() && !words.isEmpty()) {
                names.add(words);
            }
        }
        return names;
    }

    /** Whether the other article's statements (their speakers and words) mention enough of these names. */
    static boolean related(Set<Set<String>> names, ExtractionResult other) {
        Set<String> theirs = new HashSet<>();
        for (Statement statement : other.statements()) {
            theirs.addAll(words(statement.speaker().name()));
            names(statement.content()).forEach(theirs::addAll);
        }
        return names.stream()
                        .filter(name -> name.stream().anyMatch(theirs::contains))
                        .count()
                >= SHARED_NAMES;
    }

    /** A name's own words: not a title, a calendar word or a short word such as "of", which any two names share. */
    private static Set<String> words(String name) {
        Set<String> words = new HashSet<>();
        for (String word : Wording.words(name)) {
            if (word.length() >= 3
                    && !Words.FUNCTION_WORDS.contains(word)
                    && !Words.TITLES.contains(word)
                    && !CalendarWords.ALL.contains(word)) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }
}
