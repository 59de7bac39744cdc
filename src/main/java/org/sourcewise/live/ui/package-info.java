/**
 * The teacher's host screen and the students' join and play pages of a live session.
 */
package org.sourcewise.live.ui;
