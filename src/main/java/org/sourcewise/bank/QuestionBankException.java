package org.sourcewise.bank;

/** A question a teacher changed cannot be stored; the message says why in words a teacher understands. */
public class QuestionBankException extends RuntimeException {

    public QuestionBankException(String message) {
        super(message);
    }
}
