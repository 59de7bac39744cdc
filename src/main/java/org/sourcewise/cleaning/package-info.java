/**
 * Turning what a teacher pastes or uploads (web copy, Markdown, HTML) into an article's plain text, and the
 * one check of a file's bytes. Plain Java.
 */
package org.sourcewise.cleaning;
