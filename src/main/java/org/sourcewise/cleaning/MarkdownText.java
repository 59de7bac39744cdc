package org.sourcewise.cleaning;

import java.util.regex.Pattern;

/** Markdown as the words a reader sees: no heading marks, emphasis, link targets or images. */
final class MarkdownText {

    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]\\n]*\\]\\([^)\\n]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]*)\\]\\([^)\\n]*\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^\\s{0,3}#{1,6}\\s+");
    private static final Pattern QUOTE = Pattern.compile("(?m)^\\s{0,3}>\\s?");
    private static final Pattern EMPHASIS =
            Pattern.compile("(?<![\\w*])(\\*\\*|__|\\*|_)(\\S(?:[^*_\\n]{0,500}?\\S)?)\\1(?![\\w*])");
    private static final Pattern RULE = Pattern.compile("(?m)^\\s{0,3}(?:[-*_]\\s*){3,}$");

    private MarkdownText() {}

    static String plain(String markdown) {
        String text = IMAGE.matcher(markdown).replaceAll("");
        text = LINK.matcher(text).replaceAll("$1");
        text = HEADING.matcher(text).replaceAll("");
        text = QUOTE.matcher(text).replaceAll("");
        text = RULE.matcher(text).replaceAll("");
        return EMPHASIS.matcher(text).replaceAll("$2");
    }
}
