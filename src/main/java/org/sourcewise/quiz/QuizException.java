package org.sourcewise.quiz;

import org.sourcewise.common.Refusal;

/** A quiz cannot be made, assigned or opened; the message says why in words a teacher or student understands. */
public class QuizException extends Refusal {

    public QuizException(String message) {
        super(message);
    }
}
