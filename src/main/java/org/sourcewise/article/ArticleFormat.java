package org.sourcewise.article;

import java.util.Locale;
import java.util.Optional;

/** The kinds of text a teacher can bring, named by what the file name ends with. */
public enum ArticleFormat {
    PLAIN_TEXT, MARKDOWN, HTML;

    public static Optional<ArticleFormat> ofFileName(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return Optional.of(PLAIN_TEXT);
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Optional.of(MARKDOWN);
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Optional.of(HTML);
        }
        return Optional.empty();
    }
}
