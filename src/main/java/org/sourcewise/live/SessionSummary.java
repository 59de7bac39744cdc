package org.sourcewise.live;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A session as stored: its results stay after it ends, and after a restart; {@code questions} it played. */
public record SessionSummary(
        long sessionId,
        String title,
        Instant startedAt,
        @Nullable Instant endedAt,
        boolean running,
        int questions,
        List<LiveResult> results) {

    public SessionSummary {
        results = List.copyOf(results);
    }
}
