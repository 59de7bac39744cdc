/**
 * A teacher's classes and class pages, and the class sign-up page for students.
 */
@NullMarked
package org.sourcewise.classroom.ui;

import org.jspecify.annotations.NullMarked;
