package org.sourcewise.cleaning;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An article's body text as the rest of Sourcewise sees it: paragraphs separated by one blank line.
 * Every character offset elsewhere (evidence spans, statements) counts in {@link #text()}.
 */
public record ArticleText(String text) {

    public ArticleText {
        Objects.requireNonNull(text, "text");
    }

    /** Turns text copied from a web page into article text, dropping the clutter around the article. */
    public static ArticleText fromWebCopy(String raw, @Nullable String title) {
        return new ArticleText(WebCopyCleaner.clean(raw, title));
    }

    /**
     * Text a person has already cleaned (a teacher's trimmed import): every non-blank line becomes a
     * paragraph, spacing is normalised, and nothing else is dropped.
     */
    public static ArticleText fromEditedText(String edited) {
        return new ArticleText(String.join("\n\n", CopiedLines.split(edited)));
    }

    /** Turns a saved web page into article text: its main content, then the same cleaning as pasted copy. */
    public static ArticleText fromHtml(String html, String title) {
        return fromWebCopy(HtmlPage.articleLines(html), title);
    }

    public static ArticleText fromMarkdown(String markdown, String title) {
        return fromWebCopy(MarkdownText.plain(markdown), title);
    }

    public List<String> paragraphs() {
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("\n\n"));
    }

    public int wordCount() {
        return text.isBlank() ? 0 : text.trim().split("\\s+").length;
    }
}
