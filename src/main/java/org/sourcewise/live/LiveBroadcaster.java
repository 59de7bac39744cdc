package org.sourcewise.live;

import jakarta.annotation.PreDestroy;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells the screens of a live session that it changed. Each screen subscribes with an executor that runs a task in
 * its own UI (a view passes {@code ui::access}) and a refresh that reads the session's current state.
 * <p>
 * A change is published from whichever thread made it, often a request thread holding one student's UI lock. So
 * publishing only queues work for the broadcaster's own threads (one lane for teachers' screens, one for the room),
 * which hold no UI lock when they hand a refresh to a screen; {@code ui.access} then queues it without waiting. Refreshes are coalesced per screen: while one is
 * queued, further changes add nothing, because the refresh reads the latest state when it runs.
 */
@Component
public class LiveBroadcaster {

    /** Who hears a change: the teacher's screens only (an answer came in), or every screen of the session. */
    public enum Audience {
        HOSTS,
        EVERYONE
    }

    private static final Logger LOG = LoggerFactory.getLogger(LiveBroadcaster.class);

    private final ConcurrentMap<Long, Set<Subscriber>> subscribers = new ConcurrentHashMap<>();
    /**
     * The teachers' screens again, on their own, so that each answer finds the one or two screens it tells without
     * going through every phone in the room.
     */
    private final ConcurrentMap<Long, Set<Subscriber>> hostSubscribers = new ConcurrentHashMap<>();
    /** Teachers' screens have a lane of their own, so an answer's count never waits behind a push to the room. */
    private final ExecutorService hosts;

    private final ExecutorService room;

    public LiveBroadcaster() {
        this(
                threads("live-broadcast-host", 1),
                threads("live-broadcast", Math.max(2, Runtime.getRuntime().availableProcessors())));
    }

    LiveBroadcaster(ExecutorService hosts, ExecutorService room) {
        this.hosts = hosts;
        this.room = room;
    }

    private static ExecutorService threads(String name, int count) {
        return Executors.newFixedThreadPool(count, task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        hosts.shutdownNow();
        room.shutdownNow();
    }

    private final class Subscriber {
        final long sessionId;
        final boolean host;
        final Executor screen;
        final Runnable refresh;
        final AtomicBoolean queued = new AtomicBoolean();

        Subscriber(long sessionId, boolean host, Executor screen, Runnable refresh) {
            this.sessionId = sessionId;
            this.host = host;
            this.screen = screen;
            this.refresh = refresh;
        }

        void deliver() {
            if (!queued.compareAndSet(false, true)) {
                return;
            }
            (host ? hosts : room).execute(() -> {
                try {
                    screen.execute(() -> {
                        queued.set(false);
                        refresh.run();
                    });
                } catch (RuntimeException e) {
                    // The screen is gone (a closed tab whose detach has not been processed yet): forget it.
                    LOG.debug("Live screen dropped: {}", e.toString());
                    unsubscribe(this);
                }
            });
        }
    }

    /**
     * Subscribes a screen to one session. {@code host}: a teacher's screen, which also hears every answer.
     * Returns what to run to unsubscribe (when the view detaches).
     */
    public Runnable subscribe(long sessionId, boolean host, Executor screen, Runnable refresh) {
        Subscriber subscriber = new Subscriber(sessionId, host, screen, refresh);
        subscribers
                .computeIfAbsent(sessionId, id -> ConcurrentHashMap.newKeySet())
                .add(subscriber);
        if (host) {
            hostSubscribers
                    .computeIfAbsent(sessionId, id -> ConcurrentHashMap.newKeySet())
                    .add(subscriber);
        }
        return () -> unsubscribe(subscriber);
    }

    /** Queues a refresh for the audience's screens and returns at once. */
    public void publish(long sessionId, Audience audience) {
        Set<Subscriber> screens = (audience == Audience.EVERYONE ? subscribers : hostSubscribers).get(sessionId);
        if (screens != null) {
            screens.forEach(Subscriber::deliver);
        }
    }

    int subscriberCount(long sessionId) {
        Set<Subscriber> screens = subscribers.get(sessionId);
        return screens == null ? 0 : screens.size();
    }

    private void unsubscribe(Subscriber subscriber) {
        forget(subscribers, subscriber);
        if (subscriber.host) {
            forget(hostSubscribers, subscriber);
        }
    }

    private static void forget(ConcurrentMap<Long, Set<Subscriber>> bySession, Subscriber subscriber) {
        bySession.computeIfPresent(subscriber.sessionId, (id, screens) -> {
            screens.remove(subscriber);
            return screens.isEmpty() ? null : screens;
        });
    }
}
