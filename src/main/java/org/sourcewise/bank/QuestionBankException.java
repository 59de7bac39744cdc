package org.sourcewise.bank;

import org.sourcewise.common.Refusal;

/** A question a teacher changed cannot be stored; the message says why in words a teacher understands. */
public class QuestionBankException extends Refusal {

    public QuestionBankException(String message) {
        super(message);
    }
}
