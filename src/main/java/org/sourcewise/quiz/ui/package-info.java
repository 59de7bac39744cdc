/**
 * The staff's quizzes page and the quiz builder.
 */
package org.sourcewise.quiz.ui;
