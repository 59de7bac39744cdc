package org.sourcewise.practice;

import org.sourcewise.common.Refusal;

/** An attempt cannot be started, opened or answered; the message says why in words a student understands. */
public class PracticeException extends Refusal {

    public PracticeException(String message) {
        super(message);
    }
}
