package org.sourcewise.bank;

/** Where a stored question stands in a teacher's review, and whether students may meet it. */
public enum QuestionStatus {
    GENERATED,
    ACCEPTED,
    EDITED,
    REJECTED,
    /** A newer analysis of the article no longer asks it; kept because earlier attempts answered it. */
    RETIRED;

    /** A teacher's decision, which a new analysis of the article must not undo. */
    boolean decidedByTeacher() {
        return this == ACCEPTED || this == EDITED || this == REJECTED;
    }
}
