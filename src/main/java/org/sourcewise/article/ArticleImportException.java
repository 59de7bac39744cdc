package org.sourcewise.article;

/** An article could not be imported; the message says why in a teacher's words. */
public class ArticleImportException extends RuntimeException {

    public ArticleImportException(String message) {
        super(message);
    }
}
