/**
 * The attribution engine: finds who said what, and when, in an article's text, as an ordered list of named
 * rules over CoreNLP's parse. Plain Java; one public entry point, {@link org.sourcewise.analysis.StatementExtractor}.
 */
@NullMarked
package org.sourcewise.analysis;

import org.jspecify.annotations.NullMarked;
