package org.sourcewise.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Wrong passwords slow a sign-in name down, then lock it; an admin's lift or the right password clears it. */
class SignInThrottleTest {

    private Instant now = Instant.parse("2026-12-01T10:00:00Z");
    private final SignInThrottle throttle = new SignInThrottle(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    private void fail(int times, String address) {
        for (int i = 0; i < times; i++) {
            throttle.failed("Ana", address);
        }
    }

    @Test
    void fiveWrongPasswordsAreFreeThenEachWaitDoubles() {
        fail(5, "10.0.0.1");
        assertThat(throttle.waitFor("ana", "10.0.0.1")).contains(Duration.ofSeconds(1));
        fail(1, "10.0.0.1");
        assertThat(throttle.waitFor(" ANA ", "10.0.0.2")).contains(Duration.ofSeconds(2));
        fail(1, "10.0.0.1");
        assertThat(throttle.waitFor("ana", "10.0.0.1")).contains(Duration.ofSeconds(4));
        now = now.plusSeconds(4);
        assertThat(throttle.waitFor("ana", "10.0.0.1")).isEmpty();
        assertThat(throttle.waitFor("somebody else", "10.0.0.3")).isEmpty();
    }

    @Test
    void tenWrongPasswordsLockTheNameForAQuarterOfAnHourUntilAnAdminLiftsIt() {
        fail(10, "10.0.0.1");
        assertThat(throttle.waitFor("ana", "10.0.0.9")).contains(Duration.ofMinutes(15));
        now = now.plus(Duration.ofMinutes(14));
        assertThat(throttle.waitFor("ana", "10.0.0.9")).contains(Duration.ofMinutes(1));

        assertThat(throttle.lift("Ana")).isTrue();
        assertThat(throttle.waitFor("ana", "10.0.0.9")).isEmpty();
    }

    @Test
    void theRightPasswordClearsTheNameButAnAddressGuessingManyNamesWaitsToo() {
        fail(5, "10.0.0.1");
        throttle.succeeded("ana");
        assertThat(throttle.waitFor("ana", "10.0.0.1")).isEmpty();

        for (int i = 0; i < 50; i++) {
            throttle.failed("name " + i, "10.0.0.66");
        }
        assertThat(throttle.waitFor("a fresh name", "10.0.0.66")).contains(Duration.ofSeconds(1));
    }
}
