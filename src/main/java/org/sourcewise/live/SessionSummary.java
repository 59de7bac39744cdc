package org.sourcewise.live;

import java.time.Instant;
import java.util.List;

/** A session as stored: its results stay after it ends, and after a restart. */
public record SessionSummary(
        long sessionId, String title, Instant startedAt, Instant endedAt, boolean running, List<LiveResult> results) {

    public SessionSummary {
        results = List.copyOf(results);
    }
}
