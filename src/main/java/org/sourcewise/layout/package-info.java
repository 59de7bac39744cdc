/**
 * The page frame (navigation by role) and the error and not-found pages.
 */
package org.sourcewise.layout;
