/**
 * Bar charts for the report pages, drawn by Chart.js served from its WebJar (decision 0005), with the figures in
 * text beside them.
 */
@NullMarked
package org.sourcewise.chart;

import org.jspecify.annotations.NullMarked;
