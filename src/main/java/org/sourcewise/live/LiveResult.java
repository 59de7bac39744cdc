package org.sourcewise.live;

/**
 * One participant's saved result in a session, as read back from the database; {@code inReport} when a signed-in
 * student's answers also went into an attempt that the class's reports show.
 */
public record LiveResult(
        String nickname, boolean signedIn, boolean inReport, boolean removed, int answered, int right, int points) {}
