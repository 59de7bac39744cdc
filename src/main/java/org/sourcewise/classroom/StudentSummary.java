package org.sourcewise.classroom;

import java.time.Instant;

/** A student in a teacher's class list. */
public record StudentSummary(long id, String name, Instant joinedAt) {}
