package org.sourcewise.live;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;

@Tier.Fast
class JoinRateLimitTest {

    private final LiveSessionTest.MovableClock clock = new LiveSessionTest.MovableClock();
    private final JoinRateLimit limit = new JoinRateLimit(3, Duration.ofMinutes(1), clock);

    @Test
    void refusesAnAddressPastItsAttemptsUntilTheWindowMovesOn() {
        for (int i = 0; i < 3; i++) {
            limit.check("10.0.0.1");
        }
        assertThatThrownBy(() -> limit.check("10.0.0.1"))
                .isInstanceOf(LiveException.class)
                .hasMessageContaining("Too many joins");
        limit.check("10.0.0.2");
        clock.advance(Duration.ofSeconds(61));
        limit.check("10.0.0.1");
    }
}
