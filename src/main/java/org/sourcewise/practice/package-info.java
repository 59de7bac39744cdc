/**
 * Students' attempts: practice on an article, quizzes assigned to their classes, marking, and their history.
 */
@NullMarked
package org.sourcewise.practice;

import org.jspecify.annotations.NullMarked;
