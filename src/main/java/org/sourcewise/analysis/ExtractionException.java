package org.sourcewise.analysis;

/** A text the engine cannot analyse; the message says why in words a teacher understands. */
public class ExtractionException extends RuntimeException {

    public ExtractionException(String message) {
        super(message);
    }
}
