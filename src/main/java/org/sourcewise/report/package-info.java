/**
 * A class's results on a quiz: item analysis and the CSV files a teacher downloads.
 */
package org.sourcewise.report;
