/**
 * The library, the reading view and the import page.
 */
@NullMarked
package org.sourcewise.article.ui;

import org.jspecify.annotations.NullMarked;
