package org.sourcewise.analysis;

/** A text the engine cannot analyse; the message says why in words a teacher understands. */
public class ExtractionException extends RuntimeException {

    private final String reason;

    public ExtractionException(String message) {
        super(message);
        this.reason = message;
    }

    /** Why the text cannot be analysed, which every such exception says. */
    @Override
    public String getMessage() {
        return reason;
    }
}
