package org.sourcewise.article;

/**
 * How long each part of an article may be: the service refuses more with a message naming the limit, the import
 * form lets one character more through so that a longer paste is refused rather than cut without a word, and the
 * columns (migration V14) hold exactly this much.
 */
public final class ArticleLimits {

    public static final int TITLE = 300;
    public static final int SOURCE = 300;
    public static final int URL = 2000;
    /** Text as pasted or uploaded, web page source included; far more than any news article. */
    public static final int RAW_TEXT = 2_000_000;
    /** The article students read once cleaned and trimmed. */
    public static final int CLEANED_TEXT = 100_000;
    /** An upload is never bigger than the raw text it may give, since a UTF-8 character takes at least one byte. */
    public static final int UPLOAD_BYTES = RAW_TEXT;

    private ArticleLimits() {}

    static String format(long limit) {
        return String.format("%,d", limit);
    }
}
