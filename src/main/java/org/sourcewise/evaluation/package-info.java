/**
 * Measuring the engine on gold corpora: the scorer, runs to compare, and the report it prints.
 */
package org.sourcewise.evaluation;
