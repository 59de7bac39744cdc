/**
 * Articles: importing, cleaning and storing them, the seed articles loaded at start, and reading them.
 */
package org.sourcewise.article;
