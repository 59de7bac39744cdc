package org.sourcewise.live;

import java.util.Optional;

/**
 * A participant's seat as their phone follows it. Handed out by {@link LiveSeats#follow} to whoever holds the seat's
 * token, so that the refreshes pushed to every phone in the room read the seat without passing the method security
 * check again for each phone.
 */
public interface SeatFeed {

    /** The seat's screen now; empty once its session is gone. */
    Optional<SeatScreen> screen();
}
