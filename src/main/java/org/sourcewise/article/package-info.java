/**
 * Articles: importing, cleaning and storing them, the seed articles loaded at start, and reading them.
 */
@NullMarked
package org.sourcewise.article;

import org.jspecify.annotations.NullMarked;
