package org.sourcewise.live;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.sourcewise.classroom.JoinCodes;
import org.springframework.stereotype.Component;

/**
 * This node's copies of live sessions, found by id, by join code and by a seat's token, each read from the database
 * the first time this node needs it. It only keeps them; who may reach which is decided by {@link LiveService} and
 * {@link LiveSeats}, and {@link LiveChanges} keeps them up to date.
 */
@Component
class LiveRegistry {

    /** A seat's token names its session and participant, so that a phone needs to keep only the token. */
    record SeatRef(LiveSession session, long participantId) {}

    private record SeatKey(long sessionId, long participantId) {}

    /**
     * One session's place in the cache, locked while the session is read from the database: a change heard from
     * another node meanwhile waits for the read and is applied after it, so that none committed after the read is
     * lost (applying is idempotent, so one the read already holds does no harm).
     */
    private static final class Slot {
        @Nullable
        LiveSession session;

        boolean absent;
    }

    private final LiveStore store;
    private final Map<Long, Slot> sessions = new ConcurrentHashMap<>();
    private final Map<String, Long> byCode = new ConcurrentHashMap<>();
    private final Map<String, SeatKey> seats = new ConcurrentHashMap<>();
    private volatile Consumer<LiveSession> onLoad = session -> {};

    LiveRegistry(LiveStore store) {
        this.store = store;
    }

    /** What to do with each session once it is read, such as setting its timer. */
    void onLoad(Consumer<LiveSession> action) {
        this.onLoad = action;
    }

    /** A join code no running session uses, on any node. */
    String unusedCode() {
        return JoinCodes.unused(JoinCodes.LIVE_LENGTH, store::codeInUse);
    }

    /** The session, read from the database if this node has no copy yet; empty if there is no such session. */
    Optional<LiveSession> byId(long sessionId) {
        Slot slot = sessions.computeIfAbsent(sessionId, id -> new Slot());
        LiveSession loaded;
        boolean read = false;
        synchronized (slot) {
            if (slot.session == null && !slot.absent) {
                Optional<LiveSession> stored = store.load(sessionId);
                if (stored.isEmpty()) {
                    slot.absent = true;
                } else {
                    LiveSession session = stored.get();
                    slot.session = session;
                    byCode.put(session.code, sessionId);
                    read = true;
                }
            }
            loaded = slot.session;
        }
        if (loaded == null) {
            sessions.remove(sessionId, slot);
            return Optional.empty();
        }
        if (read) {
            onLoad.accept(loaded);
        }
        return Optional.of(loaded);
    }

    /**
     * Applies a change to this node's copy of the session, if it has one; if it is reading one, after the read.
     * Without a copy there is nothing to change: a later read finds the change in the database.
     */
    void ifCopied(long sessionId, Consumer<LiveSession> change) {
        Slot slot = sessions.get(sessionId);
        if (slot == null) {
            return;
        }
        LiveSession session;
        synchronized (slot) {
            session = slot.session;
        }
        if (session != null) {
            change.accept(session);
        }
    }

    /** The running session a typed code names; the code is read as people type it. */
    Optional<LiveSession> running(String code) {
        String normalised = JoinCodes.normalise(code);
        Long cached = byCode.get(normalised);
        Optional<LiveSession> session = cached != null ? byId(cached) : Optional.empty();
        if (session.isEmpty() || session.get().phase() == LivePhase.ENDED) {
            session = store.runningId(normalised).flatMap(this::byId);
        }
        return session.filter(s -> s.phase() != LivePhase.ENDED);
    }

    void addSeat(String token, LiveSession session, long participantId) {
        if (!token.isEmpty()) {
            seats.put(token, new SeatKey(session.id, participantId));
        }
    }

    /** The seat a token names, on any node: read from the database when this node has not seen it. */
    Optional<SeatRef> bySeat(@Nullable String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        SeatKey key = seats.get(token);
        if (key != null) {
            return byId(key.sessionId()).map(session -> new SeatRef(session, key.participantId()));
        }
        return store.seatByToken(token)
                .flatMap(found -> byId(found.sessionId()).map(session -> {
                    LiveSession.Seat seat = session.seat(found.seat());
                    addSeat(token, session, seat.participantId);
                    return new SeatRef(session, seat.participantId);
                }));
    }

    List<LiveSession> all() {
        return sessions.values().stream()
                .map(slot -> slot.session)
                .filter(session -> session != null)
                .toList();
    }

    /** Drops this node's copy of a session with its code and seats; the database keeps it. */
    void forget(LiveSession session) {
        sessions.remove(session.id);
        byCode.remove(session.code, session.id);
        seats.values().removeIf(key -> key.sessionId() == session.id);
    }
}
