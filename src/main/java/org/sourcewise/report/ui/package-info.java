/**
 * The report page of a class's quiz.
 */
@NullMarked
package org.sourcewise.report.ui;

import org.jspecify.annotations.NullMarked;
