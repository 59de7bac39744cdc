package org.sourcewise.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sourcewise.SourcewiseJpaTest;
import org.sourcewise.TestClock;
import org.sourcewise.Tier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Wrong guesses from a key are free, then slowed down step by step, then locked; quiet time forgets them. The counts
 * are the database's: two throttles of one kind (one on each node) count together, and each change commits on its
 * own, so the tests delete what they counted.
 */
@Tier.Spring
@Tag("database")
@SourcewiseJpaTest
@Import(GuessCounts.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class GuessThrottleTest {

    private static final GuessThrottle.Limits LIMITS =
            new GuessThrottle.Limits(4, 2, 10, Duration.ofMinutes(15), Duration.ofHours(1));

    private final TestClock clock = new TestClock();

    @Autowired
    private GuessCounts counts;

    @Autowired
    private DataSource dataSource;

    private GuessThrottle throttle;

    @AfterEach
    void deleteTheCounts() {
        JdbcClient.create(dataSource).sql("delete from guess_count").update();
    }

    @BeforeEach
    void aThrottle() {
        throttle = new GuessThrottle("test", LIMITS, clock, counts);
    }

    private void fail(int times) {
        fail(throttle, "10.0.0.1", times);
    }

    private static void fail(GuessThrottle throttle, String key, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(key);
        }
    }

    @Test
    void theFreeWrongGuessesCostNothingThenTheWaitDoublesEveryStep() {
        fail(3);
        assertThat(throttle.waitFor("10.0.0.1")).isEmpty();
        fail(1);
        assertThat(throttle.waitFor("10.0.0.1")).contains(Duration.ofSeconds(1));
        fail(1);
        assertThat(throttle.waitFor("10.0.0.1")).contains(Duration.ofSeconds(1));
        fail(1);
        assertThat(throttle.waitFor("10.0.0.1")).contains(Duration.ofSeconds(2));
        fail(2);
        assertThat(throttle.waitFor("10.0.0.1")).contains(Duration.ofSeconds(4));
        clock.advance(Duration.ofSeconds(4));
        assertThat(throttle.waitFor("10.0.0.1")).isEmpty();
        assertThat(throttle.waitFor("10.0.0.2")).isEmpty();
    }

    @Test
    void theLockingGuessIsReportedOnceAndLocksForItsTime() {
        fail(9);
        assertThat(throttle.failed("10.0.0.1")).isTrue();
        assertThat(throttle.failed("10.0.0.1")).isFalse();
        assertThat(throttle.waitFor("10.0.0.1")).contains(Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.waitFor("10.0.0.1")).isEmpty();
    }

    @Test
    void aKeyQuietForTheForgettingTimeStartsAfresh() {
        fail(10);
        clock.advance(Duration.ofMinutes(59));
        fail(1);
        assertThat(throttle.waitFor("10.0.0.1")).contains(Duration.ofMinutes(15));

        clock.advance(Duration.ofHours(1));
        fail(1);
        assertThat(throttle.waitFor("10.0.0.1")).isEmpty();
    }

    @Test
    void aClearedKeyStartsAfresh() {
        fail(10);
        assertThat(throttle.clear("10.0.0.1")).isTrue();
        assertThat(throttle.waitFor("10.0.0.1")).isEmpty();
        assertThat(throttle.clear("10.0.0.1")).isFalse();
    }

    @Test
    void aLockCountedOnOneNodeHoldsOnAnotherAndItsLiftToo() {
        GuessThrottle otherNode = new GuessThrottle("test", LIMITS, clock, counts);
        fail(5);
        fail(otherNode, "10.0.0.1", 5);

        assertThat(throttle.waitFor("10.0.0.1")).contains(Duration.ofMinutes(15));
        assertThat(otherNode.waiting()).containsOnlyKeys("10.0.0.1");
        assertThat(otherNode.clear("10.0.0.1")).isTrue();
        assertThat(throttle.waitFor("10.0.0.1")).isEmpty();
    }

    @Test
    void throttlesOfOtherKindsKeepTheirCountsApart() {
        GuessThrottle names = new GuessThrottle("other", LIMITS, clock, counts);
        fail(10);

        assertThat(names.waitFor("10.0.0.1")).isEmpty();
        assertThat(names.waiting()).isEmpty();
        assertThat(throttle.waiting()).containsOnlyKeys("10.0.0.1");
    }

    @Test
    void nodesCountingOneNewKeyAtOnceLoseNoWrongGuess() throws Exception {
        GuessThrottle.Limits high =
                new GuessThrottle.Limits(1_000, 1, 2_000, Duration.ofMinutes(15), Duration.ofHours(1));
        ExecutorService nodes = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> counting = new ArrayList<>();
            for (int node = 0; node < 4; node++) {
                GuessThrottle onNode = new GuessThrottle("test", high, clock, counts);
                counting.add(nodes.submit(() -> fail(onNode, "10.0.0.9", 25)));
            }
            for (Future<?> done : counting) {
                done.get(1, TimeUnit.MINUTES);
            }
        } finally {
            nodes.shutdownNow();
        }

        assertThat(counts.current("test", "10.0.0.9", clock.instant().minus(Duration.ofHours(1))))
                .hasValueSatisfying(count -> assertThat(count.wrong()).isEqualTo(100));
    }

    @Test
    void countsForgottenAnywayAreDeletedByTheNextWrongGuessAnHourOnOrMore() {
        fail(1);
        clock.advance(Duration.ofHours(1));
        throttle.failed("10.0.0.2");

        assertThat(JdbcClient.create(dataSource)
                        .sql("select guess_key from guess_count")
                        .query(String.class)
                        .list())
                .containsExactly("10.0.0.2");
    }

    @Test
    void aKeyLongerThanAnyNameIsCountedByItsStart() {
        String longName = "a".repeat(5_000);
        fail(throttle, longName, 10);

        assertThat(throttle.waitFor(longName)).contains(Duration.ofMinutes(15));
    }

    @Test
    void limitsThatCouldNeverLockOrNeverForgetAreRefused() {
        assertThatThrownBy(() -> new GuessThrottle.Limits(10, 1, 10, Duration.ofMinutes(1), Duration.ofMinutes(1)))
                .hasMessageContaining("a lock above the free guesses");
        assertThatThrownBy(() -> new GuessThrottle.Limits(5, 1, 10, Duration.ofMinutes(10), Duration.ofMinutes(1)))
                .hasMessageContaining("counts must be kept at least as long");
    }

    @Test
    void aWaitIsToldInWholeSecondsRoundedUpThenInMinutes() {
        assertThat(GuessThrottle.inWords(Duration.ofMillis(200))).isEqualTo("1 second");
        assertThat(GuessThrottle.inWords(Duration.ofMillis(1_001))).isEqualTo("2 seconds");
        assertThat(GuessThrottle.inWords(Duration.ofSeconds(119))).isEqualTo("119 seconds");
        assertThat(GuessThrottle.inWords(Duration.ofSeconds(121))).isEqualTo("3 minutes");
        assertThat(GuessThrottle.inWords(Duration.ofMinutes(15))).isEqualTo("15 minutes");
    }
}
