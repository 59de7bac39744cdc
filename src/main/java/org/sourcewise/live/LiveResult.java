package org.sourcewise.live;

/** One participant's saved result in a session, as read back from the database. */
public record LiveResult(String nickname, boolean signedIn, boolean removed, int answered, int right, int points) {}
