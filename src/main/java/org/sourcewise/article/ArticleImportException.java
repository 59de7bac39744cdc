package org.sourcewise.article;

import org.sourcewise.common.Refusal;

/** An article could not be imported; the message says why in a teacher's words. */
public class ArticleImportException extends Refusal {

    public ArticleImportException(String message) {
        super(message);
    }
}
