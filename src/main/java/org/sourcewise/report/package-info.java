/**
 * A teacher's results of their classes (ClassResults), and of one quiz: item analysis and the CSV files a
 * teacher downloads.
 */
@NullMarked
package org.sourcewise.report;

import org.jspecify.annotations.NullMarked;
