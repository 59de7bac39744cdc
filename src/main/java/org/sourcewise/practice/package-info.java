/**
 * Students' attempts: practice on an article, quizzes assigned to their classes, marking, and their history.
 */
package org.sourcewise.practice;
