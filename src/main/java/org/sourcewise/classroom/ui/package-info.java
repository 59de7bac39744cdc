/**
 * A teacher's classes and class pages, and the class sign-up page for students.
 */
package org.sourcewise.classroom.ui;
