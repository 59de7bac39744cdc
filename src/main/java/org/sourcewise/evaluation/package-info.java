/**
 * Measuring the engine on gold corpora: the scorer, runs to compare, and the report it prints.
 */
@NullMarked
package org.sourcewise.evaluation;

import org.jspecify.annotations.NullMarked;
