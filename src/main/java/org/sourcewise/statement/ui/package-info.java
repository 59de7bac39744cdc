/**
 * A teacher's check and correction of what the engine found in an article.
 */
@NullMarked
package org.sourcewise.statement.ui;

import org.jspecify.annotations.NullMarked;
