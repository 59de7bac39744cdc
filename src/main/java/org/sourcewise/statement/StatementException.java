package org.sourcewise.statement;

import org.sourcewise.common.Refusal;

/** A teacher's correction of the findings cannot be stored; the message says why in words a teacher understands. */
public class StatementException extends Refusal {

    public StatementException(String message) {
        super(message);
    }
}
