/**
 * The page frame (navigation by role) and the error and not-found pages.
 */
@NullMarked
package org.sourcewise.layout;

import org.jspecify.annotations.NullMarked;
