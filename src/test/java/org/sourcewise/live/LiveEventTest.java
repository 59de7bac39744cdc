package org.sourcewise.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;

@Tier.Fast
class LiveEventTest {

    @Test
    void everyKindOfChangeReadsBackAsWritten() {
        LiveSession.Answer answer = new LiveSession.Answer(2, false, 0, Instant.parse("2026-12-02T10:00:01.500Z"));
        for (LiveEvent event : new LiveEvent[] {
            LiveEvent.pace(1), LiveEvent.joined(1, 2), LiveEvent.removed(1, 2), LiveEvent.answered(1, 2, 3, answer)
        }) {
            assertThat(LiveEvent.read(event.write())).isEqualTo(event);
        }
    }

    @Test
    void aLineThatIsNoEventIsRefused() {
        assertThatThrownBy(() -> LiveEvent.read("PACE 1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LiveEvent.read("DROP 1 2 3 4 1 5 6")).isInstanceOf(IllegalArgumentException.class);
    }
}
