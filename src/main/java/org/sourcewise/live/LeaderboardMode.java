package org.sourcewise.live;

/** How the projector shows the scores between questions; each student always sees their own. */
public enum LeaderboardMode {
    SHOWN,
    ANONYMISED,
    HIDDEN
}
