package org.sourcewise.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;

@Tier.Fast
class SpellingTest {

    @Test
    void distanceCountsInsertionsDeletionsAndChanges() {
        assertThat(Spelling.distance("ryabkov", "ryabukov")).isEqualTo(1);
        assertThat(Spelling.distance("kitten", "sitting")).isEqualTo(3);
    }
}
