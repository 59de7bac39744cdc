package org.sourcewise.article.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How article details read on screen, the same in the library and the reading view. */
final class ArticleDisplay {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private ArticleDisplay() {}

    static List<String> metaLine(
            @Nullable String source, @Nullable LocalDate publishedOn, @Nullable Integer wordCount) {
        List<String> parts = new ArrayList<>();
        parts.add(source == null ? "Unknown source" : source);
        parts.add(publishedOn == null ? "Date unknown" : DATE.format(publishedOn));
        if (wordCount != null) {
            parts.add(wordCount + (wordCount == 1 ? " word" : " words"));
        }
        return parts;
    }

    /**
     * A short line without closing punctuation reads as a subheading in web copy ("Cautious optimism");
     * showing it as one keeps the article's structure without trusting any markup.
     */
    static boolean isSubheading(String paragraph) {
        String text = paragraph.strip();
        return text.length() <= 70 && !text.matches(".*[.!?:;,\"\u201d\u2026]$");
    }
}
