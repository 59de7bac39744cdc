package org.sourcewise.live;

import java.time.Instant;

/**
 * A change to a live session that other nodes must hear of, written as a line of numbers so that it fits a
 * PostgreSQL notification: the session's pace changed (each node reads the new pace), someone joined (each node
 * reads the seat), someone was removed, or an answer was saved (carried whole, being the most frequent).
 */
record LiveEvent(Kind kind, long sessionId, long participantId, int question, LiveSession.Answer answer) {

    enum Kind {
        PACE,
        JOINED,
        REMOVED,
        ANSWERED
    }

    private static final LiveSession.Answer NONE = new LiveSession.Answer(-1, false, 0, Instant.EPOCH);

    static LiveEvent pace(long sessionId) {
        return new LiveEvent(Kind.PACE, sessionId, 0, -1, NONE);
    }

    static LiveEvent joined(long sessionId, long participantId) {
        return new LiveEvent(Kind.JOINED, sessionId, participantId, -1, NONE);
    }

    static LiveEvent removed(long sessionId, long participantId) {
        return new LiveEvent(Kind.REMOVED, sessionId, participantId, -1, NONE);
    }

    static LiveEvent answered(long sessionId, long participantId, int question, LiveSession.Answer answer) {
        return new LiveEvent(Kind.ANSWERED, sessionId, participantId, question, answer);
    }

    String write() {
        return String.join(
                " ",
                kind.name(),
                Long.toString(sessionId),
                Long.toString(participantId),
                Integer.toString(question),
                Integer.toString(answer.choice()),
                answer.correct() ? "1" : "0",
                Integer.toString(answer.points()),
                Long.toString(answer.at().toEpochMilli()));
    }

    /** Reads what {@link #write} wrote; throws {@link IllegalArgumentException} on anything else. */
    static LiveEvent read(String line) {
        String[] parts = line.split(" ");
        if (parts.length != 8) {
            throw new IllegalArgumentException("not a live event: " + line);
        }
        return new LiveEvent(
                Kind.valueOf(parts[0]),
                Long.parseLong(parts[1]),
                Long.parseLong(parts[2]),
                Integer.parseInt(parts[3]),
                new LiveSession.Answer(
                        Integer.parseInt(parts[4]),
                        "1".equals(parts[5]),
                        Integer.parseInt(parts[6]),
                        Instant.ofEpochMilli(Long.parseLong(parts[7]))));
    }
}
