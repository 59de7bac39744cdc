/**
 * The student's practice page, the quiz player and their history.
 */
@NullMarked
package org.sourcewise.practice.ui;

import org.jspecify.annotations.NullMarked;
