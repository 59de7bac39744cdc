package org.sourcewise.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.sourcewise.live.LiveBroadcaster.Audience;
import org.springframework.stereotype.Component;

/**
 * Applies a change the database holds to this node's copy of a session and tells the session's screens here: a
 * change this node made, once it is committed, and a change another node made, when the channel brings it. The one
 * place that also sets the timer closing an open question at its deadline (every node following the session sets
 * one; the first to fire closes it, the others find it closed) and tidies sessions now and then.
 */
@Component
class LiveChanges implements LiveChannel.Receiver {

    /** A session nobody moved on for this long is ended, so that forgotten ones do not run forever. */
    private static final Duration IDLE = Duration.ofHours(6);
    /** An ended session stays in this node's memory this long, so that open phones can still show the standings. */
    private static final Duration ENDED_KEPT = Duration.ofMinutes(30);

    private final LiveRegistry registry;
    private final LiveStore store;
    private final LiveBroadcaster broadcaster;
    private final LiveTimer timer;
    private final Clock clock = Clock.systemUTC();

    LiveChanges(
            LiveRegistry registry, LiveStore store, LiveBroadcaster broadcaster, LiveTimer timer, LiveChannel channel) {
        this.registry = registry;
        this.store = store;
        this.broadcaster = broadcaster;
        this.timer = timer;
        registry.onLoad(this::loaded);
        channel.receiveWith(this);
        timer.every(Duration.ofMinutes(10), "tidying sessions", this::sweep);
    }

    void paced(LiveSession session, LivePace pace) {
        if (session.applyPace(pace)) {
            broadcaster.publish(session.id, Audience.EVERYONE);
            closeAtDeadline(session, pace);
        }
    }

    void joined(LiveSession session, LiveSession.Seat seat) {
        LiveSession.Seat kept = session.seat(seat);
        registry.addSeat(kept.token, session, kept.participantId);
        broadcaster.publish(session.id, Audience.HOSTS);
    }

    void removed(LiveSession session, long participantId) {
        session.applyRemoved(participantId);
        broadcaster.publish(session.id, Audience.EVERYONE);
    }

    void answered(LiveSession session, long participantId, int question, LiveSession.Answer answer) {
        if (session.applyAnswer(participantId, question, answer)) {
            broadcaster.publish(session.id, Audience.HOSTS);
        }
    }

    @Override
    public void accept(LiveEvent event) {
        long id = event.sessionId();
        switch (event.kind()) {
            case PACE -> registry.ifCopied(id, session -> store.pace(id).ifPresent(pace -> paced(session, pace)));
            case JOINED ->
                registry.ifCopied(
                        id, session -> store.seat(event.participantId()).ifPresent(seat -> joined(session, seat)));
            case REMOVED -> registry.ifCopied(id, session -> removed(session, event.participantId()));
            case ANSWERED ->
                registry.ifCopied(
                        id, session -> answered(session, event.participantId(), event.question(), event.answer()));
        }
    }

    /** Reads every session this node follows anew: changes sent while the channel was down are not sent again. */
    @Override
    public void resync() {
        for (LiveSession session : registry.all()) {
            store.pace(session.id).ifPresent(pace -> paced(session, pace));
            store.refresh(session);
            broadcaster.publish(session.id, Audience.EVERYONE);
        }
    }

    private void loaded(LiveSession session) {
        closeAtDeadline(session, session.pace());
    }

    private void closeAtDeadline(LiveSession session, LivePace pace) {
        if (pace.phase() != LivePhase.OPEN) {
            return;
        }
        int question = pace.current();
        timer.at(
                Objects.requireNonNull(pace.deadline(), "an open question has a deadline"),
                "closing question " + (question + 1) + " of session " + session.id,
                () -> store.closeIfOpen(session.id, question).ifPresent(closed -> paced(session, closed)));
    }

    private void sweep() {
        Instant now = clock.instant();
        for (long id : store.runningIds()) {
            store.endIfIdleSince(id, now.minus(IDLE))
                    .ifPresent(ended -> registry.ifCopied(id, session -> paced(session, ended)));
        }
        for (LiveSession session : registry.all()) {
            if (session.phase() == LivePhase.ENDED && session.lastChange().isBefore(now.minus(ENDED_KEPT))) {
                registry.forget(session);
            }
        }
    }
}
