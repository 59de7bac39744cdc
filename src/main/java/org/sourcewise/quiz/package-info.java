/**
 * Quizzes: teachers' quizzes built from bank questions, their settings and assignment to classes, the quiz
 * folder loaded at start, and export.
 */
@NullMarked
package org.sourcewise.quiz;

import org.jspecify.annotations.NullMarked;
