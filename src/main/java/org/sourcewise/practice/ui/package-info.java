/**
 * The student's practice page, the quiz player and their history.
 */
package org.sourcewise.practice.ui;
