/**
 * Classes: a teacher's classes and their students, join codes (one generator for classes and live
 * sessions), and the join page's throttle on wrong codes.
 */
@NullMarked
package org.sourcewise.classroom;

import org.jspecify.annotations.NullMarked;
