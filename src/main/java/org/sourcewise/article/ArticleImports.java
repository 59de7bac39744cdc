package org.sourcewise.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.sourcewise.cleaning.ArticleText;
import org.sourcewise.cleaning.TextBytes;

/** The checks and conversions of an import, kept apart from storage so each can be tested alone. */
final class ArticleImports {

    private ArticleImports() {}

    static String decode(byte[] bytes) {
        if (bytes.length == 0) {
            throw new ArticleImportException("The file is empty.");
        }
        if (bytes.length > ArticleLimits.UPLOAD_BYTES) {
            throw new ArticleImportException(tooLargeFile());
        }
        String text;
        try {
            text = TextBytes.text(bytes);
        } catch (TextBytes.NotText e) {
            throw new ArticleImportException("The file cannot be read: " + e.getMessage() + ".");
        }
        requireText(text);
        return text;
    }

    static String tooLargeFile() {
        return "The file is larger than " + ArticleLimits.format(ArticleLimits.UPLOAD_BYTES)
                + " bytes (2 MB); a news article, even as a saved web page, is much smaller.";
    }

    static ArticleText clean(String raw, ArticleFormat format, String title) {
        requireText(raw);
        if (raw.length() > ArticleLimits.RAW_TEXT) {
            throw new ArticleImportException(tooLongRaw(raw));
        }
        ArticleText text = switch (format) {
            case PLAIN_TEXT -> ArticleText.fromWebCopy(raw, title);
            case MARKDOWN -> ArticleText.fromMarkdown(raw, title);
            case HTML -> ArticleText.fromHtml(raw, title);
        };
        if (text.text().isBlank()) {
            throw new ArticleImportException("No article text was found. Paste the article itself, or check the file.");
        }
        return text;
    }

    private static void requireText(String text) {
        TextBytes.whyNotArticleText(text).ifPresent(reason -> {
            throw new ArticleImportException("The text cannot be used: " + reason + ".");
        });
    }

    private static String tooLongRaw(String raw) {
        return "The text has " + ArticleLimits.format(raw.length()) + " characters; Sourcewise takes at most "
                + ArticleLimits.format(ArticleLimits.RAW_TEXT) + ". Copy the article alone, not the whole page.";
    }

    static List<String> problems(ArticleDetails details, String rawText, String cleanedText) {
        List<String> problems = new ArrayList<>();
        if (details.title() == null || details.title().isBlank()) {
            problems.add("Give the article a title.");
        } else if (details.title().strip().length() > ArticleLimits.TITLE) {
            problems.add("The title must be at most " + ArticleLimits.TITLE + " characters.");
        }
        if (details.source() != null && details.source().strip().length() > ArticleLimits.SOURCE) {
            problems.add("The source must be at most " + ArticleLimits.SOURCE + " characters.");
        }
        if (rawText != null && rawText.length() > ArticleLimits.RAW_TEXT) {
            problems.add(tooLongRaw(rawText));
        }
        if (details.url() != null
                && !details.url().isBlank()
                && !isWebAddress(details.url().strip())) {
            problems.add("The address must be a web address starting with http:// or https://.");
        }
        if (details.publishedOn() != null
                && details.publishedOn()
                        .isAfter(LocalDate.now(ZoneId.systemDefault()).plusDays(1))) {
            problems.add("The publication date is in the future.");
        }
        if (cleanedText == null || cleanedText.isBlank()) {
            problems.add("The article has no text.");
        } else if (cleanedText.length() > ArticleLimits.CLEANED_TEXT) {
            problems.add("The article has " + ArticleLimits.format(cleanedText.length()) + " characters; it may have"
                    + " at most " + ArticleLimits.format(ArticleLimits.CLEANED_TEXT)
                    + ". Trim it to the article itself.");
        }
        return problems;
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return url.length() <= ArticleLimits.URL
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
