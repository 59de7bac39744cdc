/**
 * The commands of {@code java -jar sourcewise.jar COMMAND}: extract, evaluate, questions, check-quiz,
 * benchmarks and recording parses.
 */
package org.sourcewise.cli;
