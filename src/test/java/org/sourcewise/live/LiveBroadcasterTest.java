package org.sourcewise.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;
import org.sourcewise.live.LiveBroadcaster.Audience;

/**
 * The broadcaster with screens standing in for UIs: each has its own lock, and its executor queues the refresh under
 * that lock as {@code ui.access} does.
 */
@Tier.Fast
class LiveBroadcasterTest {

    private final ExecutorService dispatch = Executors.newFixedThreadPool(2);
    private final LiveBroadcaster broadcaster = new LiveBroadcaster(dispatch, dispatch);

    @AfterEach
    void stop() {
        dispatch.shutdownNow();
    }

    /** A UI: tasks run under its lock on whichever thread delivers them; it notes which other locks were held. */
    private static final class Screen {
        final ReentrantLock lock = new ReentrantLock();
        final AtomicInteger refreshes = new AtomicInteger();
        final List<Thread> threads = new CopyOnWriteArrayList<>();
        final List<Boolean> otherLockHeld = new CopyOnWriteArrayList<>();
        volatile CountDownLatch refreshed = new CountDownLatch(1);
        volatile List<Screen> others = List.of();

        void access(Runnable task) {
            lock.lock();
            try {
                threads.add(Thread.currentThread());
                otherLockHeld.add(others.stream().anyMatch(o -> o.lock.isHeldByCurrentThread()));
                task.run();
            } finally {
                lock.unlock();
            }
        }

        void refresh() {
            refreshes.incrementAndGet();
            refreshed.countDown();
        }

        /** Another thread holds this screen's lock, as a request being handled would, until released. */
        Thread heldUntil(CountDownLatch release) {
            Thread holder = new Thread(() -> access(() -> awaitQuietly(release)));
            holder.start();
            while (!lock.isLocked()) {
                Thread.onSpinWait();
            }
            return holder;
        }
    }

    private Screen subscribe(long session, boolean host) {
        Screen screen = new Screen();
        broadcaster.subscribe(session, host, screen::access, screen::refresh);
        return screen;
    }

    @Test
    void aChangeMadeUnderOneScreensLockReachesTheOthersOnAnotherThreadWithoutThatLock() throws Exception {
        Screen student = subscribe(1, false);
        Screen teacher = subscribe(1, true);
        Screen other = subscribe(1, false);
        List<Screen> all = List.of(student, teacher, other);
        all.forEach(s -> s.others = all.stream().filter(o -> o != s).toList());

        student.access(() -> broadcaster.publish(1, Audience.EVERYONE));

        for (Screen screen : all) {
            assertThat(screen.refreshed.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(screen.otherLockHeld).containsOnly(false);
        }
        assertThat(teacher.threads).doesNotContain(Thread.currentThread());
        assertThat(other.threads).doesNotContain(Thread.currentThread());
    }

    @Test
    void publishingNeverWaitsForABusyScreen() throws Exception {
        Screen busy = subscribe(2, true);
        Screen teacher = subscribe(2, true);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = busy.heldUntil(release);

        long started = System.nanoTime();
        broadcaster.publish(2, Audience.EVERYONE);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(100);
        assertThat(teacher.refreshed.await(5, TimeUnit.SECONDS)).isTrue();

        release.countDown();
        assertThat(busy.refreshed.await(5, TimeUnit.SECONDS)).isTrue();
        holder.join();
    }

    @Test
    void anAnswerReachesOnlyTheTeachersScreens() throws Exception {
        Screen teacher = subscribe(3, true);
        Screen student = subscribe(3, false);
        broadcaster.publish(3, Audience.HOSTS);
        assertThat(teacher.refreshed.await(5, TimeUnit.SECONDS)).isTrue();
        dispatch.submit(() -> {}).get();
        assertThat(student.refreshes).hasValue(0);
    }

    @Test
    void changesWhileARefreshIsQueuedAreCoalescedAndNoneIsLost() throws Exception {
        Screen teacher = subscribe(4, true);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = teacher.heldUntil(release);
        for (int i = 0; i < 500; i++) {
            broadcaster.publish(4, Audience.HOSTS);
        }
        release.countDown();
        holder.join();
        assertThat(teacher.refreshed.await(5, TimeUnit.SECONDS)).isTrue();
        dispatch.submit(() -> {}).get();
        assertThat(teacher.refreshes.get()).isEqualTo(1);

        teacher.refreshed = new CountDownLatch(1);
        broadcaster.publish(4, Audience.HOSTS);
        assertThat(teacher.refreshed.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(teacher.refreshes.get()).isEqualTo(2);
    }

    @Test
    void teachersScreensAreNotQueuedBehindTheRoom() throws Exception {
        ExecutorService hosts = Executors.newSingleThreadExecutor();
        ExecutorService room = Executors.newSingleThreadExecutor();
        try {
            LiveBroadcaster lanes = new LiveBroadcaster(hosts, room);
            CountDownLatch release = new CountDownLatch(1);
            room.execute(() -> awaitQuietly(release));
            Screen teacher = new Screen();
            lanes.subscribe(6, true, teacher::access, teacher::refresh);
            Screen student = new Screen();
            lanes.subscribe(6, false, student::access, student::refresh);
            lanes.publish(6, Audience.EVERYONE);
            assertThat(teacher.refreshed.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(student.refreshes).hasValue(0);
            release.countDown();
            assertThat(student.refreshed.await(5, TimeUnit.SECONDS)).isTrue();
        } finally {
            hosts.shutdownNow();
            room.shutdownNow();
        }
    }

    @Test
    void aScreenThatIsGoneIsDroppedAndAnUnsubscribedOneHearsNothing() throws Exception {
        broadcaster.subscribe(
                5,
                true,
                task -> {
                    throw new IllegalStateException("UI detached");
                },
                () -> {});
        Screen leaving = new Screen();
        Runnable unsubscribe = broadcaster.subscribe(5, true, leaving::access, leaving::refresh);
        unsubscribe.run();
        broadcaster.publish(5, Audience.EVERYONE);
        dispatch.submit(() -> {}).get();
        dispatch.submit(() -> {}).get();
        assertThat(broadcaster.subscriberCount(5)).isZero();
        assertThat(leaving.refreshes).hasValue(0);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
