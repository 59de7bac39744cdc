package org.sourcewise.questions;

/** How many clues a reader must put together: the words themselves, a name from elsewhere, a relative date. */
public enum Difficulty {
    EASY,
    MEDIUM,
    HARD
}
