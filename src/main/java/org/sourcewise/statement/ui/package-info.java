/**
 * A teacher's check and correction of what the engine found in an article.
 */
package org.sourcewise.statement.ui;
