/**
 * Live classroom sessions: the state machine of a session, joining and seats, answers saved as they come,
 * and telling every screen of a change.
 */
@NullMarked
package org.sourcewise.live;

import org.jspecify.annotations.NullMarked;
