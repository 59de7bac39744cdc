package org.sourcewise.questions;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sourcewise.analysis.CalendarWords;
import org.sourcewise.analysis.SourceKind;
import org.sourcewise.analysis.Speaker;

/** Which speakers a question may show: a short name a student recognises, not a stray phrase. */
final class ShownSpeakers {

    private static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L}\\p{M} .’'\\-]*");

    /** Names of bodies read with "the" before them: "the Russian Ministry of Defense", "the Washington Post". */
    private static final Pattern BODY = Pattern.compile(
            ".*\\b(Ministry|Command|Council|Department|Office|Agency|Army|Navy|Fleet|Commission|Committee|Service|"
                    + "House|Post|Times|Journal|Magazine|magazine|Kremlin|Pentagon|government|officials?|sources?)\\b.*");

    private ShownSpeakers() {}

    /** The speaker as a sentence names them: "Lavrov", "Russia", "the Russian Ministry of Defense", "the prime minister". */
    static String inSentence(Speaker speaker) {
        String name = speaker.name().strip();
        String lower = name.toLowerCase(Locale.ROOT);
        boolean described = speaker.kind() != SourceKind.PERSON && Character.isLowerCase(name.charAt(0));
        boolean plural = Doubts.head(name).endsWith("s") && !Doubts.head(name).endsWith("ss");
        boolean needsArticle = speaker.kind() != SourceKind.PERSON
                && !lower.startsWith("the ")
                && (BODY.matcher(name).matches() || described && !plural);
        return needsArticle ? "the " + name : name;
    }

    /**
     * The speaker as the article's sentence would name them: an unnamed source keeps the article's indefinite
     * article ("a government official", "American sources"); a role the article gives with "the" keeps it.
     */
    static String inSentence(String text, Speaker speaker) {
        String name = speaker.name().strip();
        if (speaker.kind() != SourceKind.ANONYMOUS
                || name.toLowerCase(Locale.ROOT).startsWith("the ")) {
            return inSentence(speaker);
        }
        String head = Doubts.head(name);
        if (Words.isPlural(head)) {
            return name;
        }
        Matcher indefinite = Pattern.compile("(?i)\\b(a|an|one|another)\\s+" + Pattern.quote(name) + "\\b")
                .matcher(text);
        if (indefinite.find()) {
            return "aeiou".indexOf(Character.toLowerCase(name.charAt(0))) >= 0 ? "an " + name : "a " + name;
        }
        return "the " + name;
    }

    static boolean presentable(Speaker speaker) {
        String name = speaker.name().strip();
        if (name.isEmpty()) {
            return false;
        }
        int words = name.split("\\s+").length;
        boolean pronoun = Words.in(Words.PRONOUNS, name);
        // an unnamed source is described, not named: one word ("background") is a parsing slip, not a description
        return !pronoun
                && NAME.matcher(name).matches()
                && words <= 6
                && (speaker.kind() != SourceKind.ANONYMOUS || words >= 2);
    }

    /** "his office", "her lawyer", "their spokesman": a source described through someone the name does not give. */
    static boolean describedThroughSomeoneElse(Speaker speaker) {
        String first = speaker.name().strip().split("\\s+", -1)[0];
        return Words.in(Words.POSSESSIVES, first);
    }

    /**
     * The name to show for a person the engine knows by one word only: the full name when the article gives it
     * once ("Sergei Lavrov" for "Lavrov"), the name itself when it gives none, and null when it gives two
     * different ones (two Johnsons), for then the key would be ambiguous.
     */
    static @Nullable String shownName(String text, Speaker speaker) {
        String name = speaker.name().strip();
        if (speaker.kind() != SourceKind.PERSON || name.contains(" ")) {
            return name;
        }
        Matcher matcher = Pattern.compile(
                        "(?<![\\p{L}])(\\p{Lu}[\\p{L}\\p{M}'’\\-]+)\\s+" + Pattern.quote(name) + "(?![\\p{L}])")
                .matcher(text);
        Set<String> given = new LinkedHashSet<>();
        while (matcher.find()) {
            String first = matcher.group(1);
            if (!Words.in(Words.TITLES, first)
                    && !Words.in(Words.FUNCTION_WORDS, first)
                    && !Words.in(CalendarWords.MONTHS_AND_WEEKDAYS, first)
                    && !first.matches(".*['’]s")
                    && !Words.in(Words.REPORTING_VERBS, first)) {
                given.add(first + " " + name);
            }
        }
        if (given.size() > 1) {
            return null;
        }
        return given.isEmpty() ? name : given.iterator().next();
    }
}
