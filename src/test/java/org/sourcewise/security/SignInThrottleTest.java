package org.sourcewise.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sourcewise.SourcewiseJpaTest;
import org.sourcewise.StandingClock;
import org.sourcewise.TestClock;
import org.sourcewise.Tier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Wrong passwords slow a sign-in name down, then lock it; an admin's lift or the right password clears it. The counts
 * are in the database and commit on their own, so the tests delete them.
 */
@Tier.Spring
@Tag("database")
@SourcewiseJpaTest
@Import({GuessCounts.class, SignInThrottle.class, StandingClock.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class SignInThrottleTest {

    @Autowired
    private TestClock clock;

    @Autowired
    private SignInThrottle throttle;

    @Autowired
    private DataSource dataSource;

    @AfterEach
    void deleteTheCounts() {
        JdbcClient.create(dataSource).sql("delete from guess_count").update();
    }

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
        clock.advance(Duration.ofSeconds(4));
        assertThat(throttle.waitFor("ana", "10.0.0.1")).isEmpty();
        assertThat(throttle.waitFor("somebody else", "10.0.0.3")).isEmpty();
    }

    @Test
    void tenWrongPasswordsLockTheNameForAQuarterOfAnHourUntilAnAdminLiftsIt() {
        fail(10, "10.0.0.1");
        assertThat(throttle.waitFor("ana", "10.0.0.9")).contains(Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.waitFor("ana", "10.0.0.9")).contains(Duration.ofMinutes(1));

        assertThat(throttle.lift("Ana", "head")).isTrue();
        assertThat(throttle.waitFor("ana", "10.0.0.9")).isEmpty();
    }

    @Test
    void listsTheNamesThatMustWaitWithHowLongForAnAdmin() {
        fail(10, "10.0.0.1");
        throttle.failed("bo", "10.0.0.2");

        assertThat(throttle.locked()).containsExactly(new LockedSignIn("ana", Duration.ofMinutes(15)));
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

    @Test
    void aNameAndAnAddressQuietForADayStartAfresh() {
        fail(10, "10.0.0.1");
        clock.advance(Duration.ofDays(1));
        fail(1, "10.0.0.1");

        assertThat(throttle.waitFor("ana", "10.0.0.1")).isEmpty();
    }
}
