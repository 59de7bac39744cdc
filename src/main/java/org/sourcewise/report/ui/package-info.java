/**
 * The report page of a class's quiz.
 */
package org.sourcewise.report.ui;
