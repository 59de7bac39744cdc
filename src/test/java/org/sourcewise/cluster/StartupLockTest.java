package org.sourcewise.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sourcewise.SourcewiseJpaTest;
import org.sourcewise.Tier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The start-up lock on the real database: the row of migration V21, held across connections. */
@Tier.Spring
@Tag("database")
@SourcewiseJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class StartupLockTest {

    @Autowired
    private StartupLock lock;

    @Test
    void aSecondNodeRunsTheJobOnlyAfterTheFirstHasFinishedIt() throws Exception {
        List<String> steps = new CopyOnWriteArrayList<>();
        ExecutorService secondNode = Executors.newSingleThreadExecutor();
        try {
            Future<?> second = lock.whileHolding(StartupJob.SEEDS, () -> {
                steps.add("first starts");
                Future<?> started =
                        secondNode.submit(() -> lock.whileHolding(StartupJob.SEEDS, () -> steps.add("second runs")));
                // Time for the second node to reach the lock: were the row not held, it would run now.
                pause();
                steps.add("first ends");
                return started;
            });
            second.get(5, TimeUnit.MINUTES);
        } finally {
            secondNode.shutdownNow();
        }

        assertThat(steps).containsExactly("first starts", "first ends", "second runs");
    }

    private static void pause() {
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
