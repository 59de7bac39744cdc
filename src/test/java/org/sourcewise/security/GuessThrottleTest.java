package org.sourcewise.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.sourcewise.TestClock;
import org.sourcewise.Tier;

/** Wrong guesses from a key are free, then slowed down step by step, then locked; quiet time forgets them. */
@Tier.Fast
class GuessThrottleTest {

    private final TestClock clock = new TestClock();
    private final GuessThrottle throttle =
            new GuessThrottle(new GuessThrottle.Limits(4, 2, 10, Duration.ofMinutes(15), Duration.ofHours(1)), clock);

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed("10.0.0.1");
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
