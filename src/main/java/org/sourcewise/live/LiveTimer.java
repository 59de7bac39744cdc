package org.sourcewise.live;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The one thread that acts on its own in live sessions, at a deadline or now and then; it logs what fails. */
@Component
class LiveTimer {

    private static final Logger LOG = LoggerFactory.getLogger(LiveTimer.class);

    private final Clock clock = Clock.systemUTC();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "live-timer");
        thread.setDaemon(true);
        return thread;
    });

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }

    /** Runs the task at that moment, or at once if it has passed. */
    @SuppressWarnings("FutureReturnValueIgnored") // the task logs what fails, so no Future has an error left to read
    void at(Instant when, String what, Runnable task) {
        long delay = Math.max(0, Duration.between(clock.instant(), when).toMillis());
        timer.schedule(() -> run(what, task), delay, TimeUnit.MILLISECONDS);
    }

    @SuppressWarnings("FutureReturnValueIgnored") // the task logs what fails, so no Future has an error left to read
    void every(Duration period, String what, Runnable task) {
        timer.scheduleWithFixedDelay(
                () -> run(what, task), period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void run(String what, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.warn("Live sessions: {} failed", what, e);
        }
    }
}
