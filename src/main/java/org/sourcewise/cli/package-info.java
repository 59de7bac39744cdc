/**
 * The commands of {@code java -jar sourcewise.jar COMMAND}: extract, evaluate, questions, check-quiz,
 * benchmarks and recording parses.
 */
@NullMarked
package org.sourcewise.cli;

import org.jspecify.annotations.NullMarked;
