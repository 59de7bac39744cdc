/**
 * Turning what a teacher pastes or uploads (web copy, Markdown, HTML) into an article's plain text, and the
 * one check of a file's bytes. Plain Java.
 */
@NullMarked
package org.sourcewise.cleaning;

import org.jspecify.annotations.NullMarked;
