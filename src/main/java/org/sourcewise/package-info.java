/**
 * Sourcewise: media-literacy reading practice on real news. The application class, and the command-line
 * commands it runs instead of the web app when given one.
 */
package org.sourcewise;
