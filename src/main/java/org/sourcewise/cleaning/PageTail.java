package org.sourcewise.cleaning;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The end of a web page after the article: comment prompts, link lists and teasers of other stories. Once
 * end-of-article furniture appears, teasers after it are dropped; so is a trailing run of teasers.
 */
final class PageTail {

    /** A teaser is cut off by the site: it ends in an ellipsis. */
    private static final Pattern TRUNCATED = Pattern.compile("(?:\\.\\.\\.|\u2026)$");
    /** "New Delhi, Sept 29- ..." or "J&K, Sept 29 – ...": a dateline opening a story listed elsewhere. */
    private static final Pattern DATELINE = Pattern.compile(
            "^[\\p{Lu}][\\p{L}&.' ]{1,40}, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2}\\s*[-\u2013\u2014]");

    private PageTail() {}

    static List<String> dropAfterEndOfArticle(List<String> lines) {
        int end = firstEndMarker(lines);
        List<String> kept = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (i < end || !isTeaser(lines.get(i))) {
                kept.add(lines.get(i));
            }
        }
        while (!kept.isEmpty() && isTeaser(kept.getLast())) {
            kept.removeLast();
        }
        return kept;
    }

    static boolean isTeaser(String line) {
        return TRUNCATED.matcher(line).find() || DATELINE.matcher(line).find();
    }

    private static int firstEndMarker(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (PageFurniture.endsArticle(lines.get(i))) {
                return i;
            }
        }
        return lines.size();
    }
}
