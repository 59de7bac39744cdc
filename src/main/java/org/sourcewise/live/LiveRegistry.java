package org.sourcewise.live;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.sourcewise.classroom.JoinCodes;
import org.springframework.stereotype.Component;

/**
 * The sessions running on this node, found by id, by join code and by a seat's token. It only keeps them; who may
 * reach which is decided by {@link LiveService} and {@link LiveSeats}.
 */
@Component
class LiveRegistry {

    /** A seat's token names its session and participant, so that a phone needs to keep only the token. */
    record SeatRef(LiveSession session, long participantId) {}

    private record SeatKey(long sessionId, long participantId) {}

    private final Map<Long, LiveSession> sessions = new ConcurrentHashMap<>();
    private final Map<String, LiveSession> byCode = new ConcurrentHashMap<>();
    private final Map<String, SeatKey> seats = new ConcurrentHashMap<>();

    /** A join code no session here uses. */
    String unusedCode() {
        return JoinCodes.unused(JoinCodes.LIVE_LENGTH, byCode::containsKey);
    }

    void add(LiveSession session) {
        sessions.put(session.id, session);
        byCode.put(session.code, session);
    }

    Optional<LiveSession> byId(long sessionId) {
        return Optional.ofNullable(sessions.get(sessionId));
    }

    /** The session a typed code names, if it has not ended; the code is read as people type it. */
    Optional<LiveSession> running(String code) {
        return Optional.ofNullable(byCode.get(JoinCodes.normalise(code)))
                .filter(session -> session.phase() != LivePhase.ENDED);
    }

    void addSeat(String token, LiveSession session, long participantId) {
        seats.put(token, new SeatKey(session.id, participantId));
    }

    Optional<SeatRef> bySeat(@Nullable String token) {
        SeatKey key = token == null ? null : seats.get(token);
        if (key == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(sessions.get(key.sessionId()))
                .map(session -> new SeatRef(session, key.participantId()));
    }

    List<LiveSession> all() {
        return List.copyOf(sessions.values());
    }

    /** Drops a session with its code and seats, so that its phones are told it is over. */
    void forget(LiveSession session) {
        sessions.remove(session.id);
        byCode.remove(session.code, session);
        seats.values().removeIf(key -> key.sessionId() == session.id);
    }
}
