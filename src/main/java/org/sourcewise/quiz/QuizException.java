package org.sourcewise.quiz;

/** A quiz cannot be made, assigned or opened; the message says why in words a teacher or student understands. */
public class QuizException extends RuntimeException {

    public QuizException(String message) {
        super(message);
    }
}
