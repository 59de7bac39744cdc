/**
 * What the engine found in each article, stored with offsets; the analysis job queue every node shares;
 * teachers' corrections of the findings.
 */
@NullMarked
package org.sourcewise.statement;

import org.jspecify.annotations.NullMarked;
