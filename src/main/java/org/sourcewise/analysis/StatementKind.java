package org.sourcewise.analysis;

/** How the article reports a statement. */
public enum StatementKind {
    /** The speaker's exact words, in quotation marks. */
    DIRECT,
    /** In the article's own words. */
    INDIRECT,
    /** The article's words with some of the speaker's quoted inside. */
    MIXED
}
