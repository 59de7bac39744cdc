package org.sourcewise.cleaning;

import java.util.Locale;
import java.util.Set;

/** Lines that belong to the web page around an article rather than to the article: menus, prompts, buttons. */
final class PageFurniture {

    /** Furniture that marks the end of the article: what follows it is comments, links or other stories. */
    private static final Set<String> END_OF_ARTICLE = Set.of(
            "leave a reply",
            "leave a comment",
            "click to comment",
            "post a comment",
            "comments",
            "related articles",
            "related stories",
            "related posts",
            "related",
            "you may also like",
            "more from this author",
            "more stories",
            "read next",
            "recommended",
            "trending",
            "most read",
            "source link",
            "back to top",
            "back to top button",
            "tags");

    private static final Set<String> ELSEWHERE = Set.of(
            "connect with us",
            "hi, what are you looking for?",
            "search",
            "menu",
            "skip to content",
            "your email address will not be published",
            "required fields are marked *",
            "advertisement",
            "sponsored",
            "share",
            "share this",
            "share this article",
            "tweet",
            "print",
            "email",
            "subscribe",
            "sign up",
            "log in",
            "read more",
            "continue reading",
            "follow us",
            "listen to this article");

    private PageFurniture() {}

    static boolean isFurniture(String line) {
        String key = key(line);
        return END_OF_ARTICLE.contains(key) || ELSEWHERE.contains(key);
    }

    static boolean endsArticle(String line) {
        return END_OF_ARTICLE.contains(key(line));
    }

    private static String key(String line) {
        // "Related:" or "Leave a Reply." are the same furniture as without their punctuation
        return line.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("[.:!\u2026]+$", "");
    }
}
