/**
 * Sourcewise: media-literacy reading practice on real news. The application class, and the command-line
 * commands it runs instead of the web app when given one.
 */
@NullMarked
package org.sourcewise;

import org.jspecify.annotations.NullMarked;
