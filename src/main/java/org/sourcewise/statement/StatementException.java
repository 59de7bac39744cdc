package org.sourcewise.statement;

/** A teacher's correction of the findings cannot be stored; the message says why in words a teacher understands. */
public class StatementException extends RuntimeException {

    public StatementException(String message) {
        super(message);
    }
}
