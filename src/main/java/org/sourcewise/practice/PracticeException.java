package org.sourcewise.practice;

/** An attempt cannot be started, opened or answered; the message says why in words a student understands. */
public class PracticeException extends RuntimeException {

    public PracticeException(String message) {
        super(message);
    }
}
