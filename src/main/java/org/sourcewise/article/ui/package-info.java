/**
 * The library, the reading view and the import page.
 */
package org.sourcewise.article.ui;
