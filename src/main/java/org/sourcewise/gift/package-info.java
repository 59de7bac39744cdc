/**
 * Moodle's GIFT quiz format in plain Java: read, write, and export as Moodle XML. Imports nothing of the
 * app; {@link org.sourcewise.gift.Gift} is its entry point.
 */
@NullMarked
package org.sourcewise.gift;

import org.jspecify.annotations.NullMarked;
