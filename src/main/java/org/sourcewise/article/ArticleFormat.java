package org.sourcewise.article;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The kinds of text a teacher can bring, named by what the file name ends with. */
public enum ArticleFormat {
    PLAIN_TEXT,
    MARKDOWN,
    HTML;

    private static final Pattern PAGE_START = Pattern.compile("(?is)\\A\\s*(?:<!doctype\\s+html|<html[\\s>])");
    private static final Pattern OPENING_TAG =
            Pattern.compile("(?i)<(p|div|article|section|span|h[1-6]|li|a|body|head|main|table|td)(?:\\s[^<>]*)?>");
    private static final Pattern CLOSING_TAG =
            Pattern.compile("(?i)</(p|div|article|section|span|h[1-6]|li|a|body|head|main|table|td)\\s*>");
    /** A paste with at least this many opening and as many closing tags is a page's source, not prose about one. */
    private static final int TAGS = 3;

    /**
     * What a pasted text is: the source of a web page (it opens as one, or it starts with a tag and holds several
     * pairs of the tags articles are made of) is HTML; anything else is text copied from the page, where a stray
     * "<" or a tag quoted in a sentence changes nothing.
     */
    public static ArticleFormat ofPaste(String pasted) {
        if (pasted == null) {
            return PLAIN_TEXT;
        }
        if (PAGE_START.matcher(pasted).find()) {
            return HTML;
        }
        boolean opensWithTag = pasted.stripLeading().startsWith("<");
        return opensWithTag
                        && OPENING_TAG.matcher(pasted).results().limit(TAGS).count() == TAGS
                        && CLOSING_TAG.matcher(pasted).results().limit(TAGS).count() == TAGS
                ? HTML
                : PLAIN_TEXT;
    }

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
