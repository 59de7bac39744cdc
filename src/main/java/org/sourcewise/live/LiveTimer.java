package org.sourcewise.live;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcewise.live.LiveBroadcaster.Audience;
import org.springframework.stereotype.Component;

/**
 * The one thread that acts on its own in live sessions: it closes a question at its deadline, ends sessions left idle
 * and forgets ended ones once their phones have had time to show the podium.
 */
@Component
class LiveTimer {

    private static final Logger LOG = LoggerFactory.getLogger(LiveTimer.class);
    /** A session nobody touched for this long is ended, so that forgotten ones do not hold memory forever. */
    private static final Duration IDLE = Duration.ofHours(6);
    /** An ended session stays this long, so that open phones can still show the final standings. */
    private static final Duration ENDED_KEPT = Duration.ofMinutes(30);

    private final LiveRegistry registry;
    private final LiveStore store;
    private final LiveBroadcaster broadcaster;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "live-timer");
        thread.setDaemon(true);
        return thread;
    });

    // the sweep and the closing catch and log what fails, so no Future has an error left to read
    @SuppressWarnings("FutureReturnValueIgnored")
    LiveTimer(LiveRegistry registry, LiveStore store, LiveBroadcaster broadcaster) {
        this.registry = registry;
        this.store = store;
        this.broadcaster = broadcaster;
        this.clock = Clock.systemUTC();
        timer.scheduleWithFixedDelay(this::sweep, 10, 10, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }

    /** Closes the session's open question at its deadline, unless the teacher moved on first. */
    @SuppressWarnings("FutureReturnValueIgnored")
    void closeAtDeadline(LiveSession session) {
        int question = session.current();
        Instant deadline = Objects.requireNonNull(session.deadline(), "an open question has a deadline");
        long delay = Math.max(0, Duration.between(clock.instant(), deadline).toMillis());
        timer.schedule(
                () -> {
                    try {
                        if (session.closeIfOpen(question)) {
                            broadcaster.publish(session.id, Audience.EVERYONE);
                        }
                    } catch (RuntimeException e) {
                        LOG.warn("Live session {}: question {} could not be closed", session.id, question + 1, e);
                    }
                },
                delay,
                TimeUnit.MILLISECONDS);
    }

    private void sweep() {
        Instant now = clock.instant();
        for (LiveSession session : registry.all()) {
            try {
                boolean ended = session.phase() == LivePhase.ENDED;
                if (!ended && session.lastChange().isBefore(now.minus(IDLE))) {
                    session.end();
                    store.end(session.id);
                    broadcaster.publish(session.id, Audience.EVERYONE);
                } else if (ended && session.lastChange().isBefore(now.minus(ENDED_KEPT))) {
                    registry.forget(session);
                }
            } catch (RuntimeException e) {
                LOG.warn("Live session {} could not be tidied", session.id, e);
            }
        }
    }
}
