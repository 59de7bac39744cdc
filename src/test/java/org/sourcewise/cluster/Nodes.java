package org.sourcewise.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Nodes starting at the same moment on one database, each a thread with its own connections and transactions. */
public final class Nodes {

    /** Only there so that a broken lock hangs no build; nothing here measures time. */
    private static final long HANG_GUARD_MINUTES = 5;

    private Nodes() {}

    /** Runs each start-up on its own thread, all released together; fails with the first failure of any. */
    public static void startTogether(List<Callable<?>> startUps) throws Exception {
        CyclicBarrier together = new CyclicBarrier(startUps.size());
        ExecutorService threads = Executors.newFixedThreadPool(startUps.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Callable<?> startUp : startUps) {
                running.add(threads.submit(() -> {
                    together.await();
                    return startUp.call();
                }));
            }
            for (Future<?> node : running) {
                node.get(HANG_GUARD_MINUTES, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
