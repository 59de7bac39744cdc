package org.sourcewise.cleaning;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Web copy often starts with the site's navigation and the headline; the headline is already the article's
 * title, and what stands before it near the top of the page is navigation or a section label.
 */
final class TitleRepeat {

    /** How far down the headline may stand: further down, a matching line is part of the article. */
    private static final int HEAD_LINES = 8;

    private TitleRepeat() {}

    static List<String> dropTitleAndWhatPrecedesIt(List<String> lines, @Nullable String title) {
        if (title == null || title.isBlank()) {
            return lines;
        }
        String wanted = key(title);
        for (int i = 0; i < Math.min(HEAD_LINES, lines.size()); i++) {
            if (isHeadline(key(lines.get(i)), wanted) && precededOnlyByShortLines(lines, i)) {
                return lines.subList(i + 1, lines.size());
            }
        }
        return lines;
    }

    /** The headline itself, or the headline with the site's name after a separator ("... | Stories"). */
    private static boolean isHeadline(String line, String title) {
        if (line.equals(title)) {
            return true;
        }
        if (!line.startsWith(title)) {
            return false;
        }
        String rest = line.substring(title.length()).strip();
        return rest.matches("[|\\-\u2013\u2014:\u00B7].{0,60}");
    }

    private static boolean precededOnlyByShortLines(List<String> lines, int headline) {
        return lines.subList(0, headline).stream().allMatch(line -> line.split(" ").length <= 8);
    }

    private static String key(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .replaceAll("\\s+", " ")
                .strip();
    }
}
