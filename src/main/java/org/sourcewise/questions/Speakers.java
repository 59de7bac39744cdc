package org.sourcewise.questions;

import java.util.regex.Pattern;
import org.sourcewise.analysis.SourceKind;
import org.sourcewise.analysis.Speaker;

/** Which speakers a question may show: a short name a student recognises, not a stray phrase. */
final class Speakers {

    private static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L}\\p{M} .’'\\-]*");

    /** Names of bodies read with "the" before them: "the Russian Ministry of Defense", "the Washington Post". */
    private static final Pattern BODY = Pattern.compile(
            ".*\\b(Ministry|Command|Council|Department|Office|Agency|Army|Navy|Fleet|Commission|Committee|Service|"
                    + "House|Post|Times|Journal|Magazine|magazine|Kremlin|Pentagon|government|officials?|sources?)\\b.*");

    private Speakers() {
    }

    /** The speaker as a sentence names them: "Lavrov", "Russia", "the Russian Ministry of Defense". */
    static String inSentence(Speaker speaker) {
        String name = speaker.name().strip();
        boolean needsArticle = speaker.kind() != SourceKind.PERSON && BODY.matcher(name).matches()
                && !name.toLowerCase(java.util.Locale.ROOT).startsWith("the ");
        return needsArticle ? "the " + name : name;
    }

    static boolean presentable(Speaker speaker) {
        String name = speaker.name().strip();
        int words = name.split("\\s+").length;
        // an unnamed source is described, not named: one word ("background") is a parsing slip, not a description
        return NAME.matcher(name).matches() && words <= 6 && (speaker.kind() != SourceKind.ANONYMOUS || words >= 2);
    }
}
