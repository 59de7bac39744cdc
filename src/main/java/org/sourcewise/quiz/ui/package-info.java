/**
 * The staff's quizzes page and the quiz builder.
 */
@NullMarked
package org.sourcewise.quiz.ui;

import org.jspecify.annotations.NullMarked;
