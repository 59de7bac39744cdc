package org.sourcewise.live;

/** One participant's place: equal scores share a rank. */
public record Standing(int rank, long participantId, String nickname, int points) {}
