package org.sourcewise.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;

@Tier.Fast
class ScoringTest {

    private static final Duration LIMIT = Duration.ofSeconds(20);

    @Test
    void theSpeedBonusFallsFromItsMaximumToNothingAtTheDeadline() {
        assertThat(Scoring.points(true, Duration.ZERO, LIMIT)).isEqualTo(1500);
        assertThat(Scoring.points(true, Duration.ofSeconds(10), LIMIT)).isEqualTo(1250);
        assertThat(Scoring.points(true, LIMIT, LIMIT)).isEqualTo(1000);
    }

    @Test
    void theBonusIsBoundedWhateverTheClockSays() {
        assertThat(Scoring.points(true, Duration.ofSeconds(-3), LIMIT)).isEqualTo(1500);
        assertThat(Scoring.points(true, Duration.ofMinutes(5), LIMIT)).isEqualTo(1000);
    }

    @Test
    void aWrongAnswerEarnsNothingHoweverFast() {
        assertThat(Scoring.points(false, Duration.ZERO, LIMIT)).isZero();
    }
}
