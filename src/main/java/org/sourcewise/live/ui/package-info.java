/**
 * The teacher's host screen and the students' join and play pages of a live session.
 */
@NullMarked
package org.sourcewise.live.ui;

import org.jspecify.annotations.NullMarked;
