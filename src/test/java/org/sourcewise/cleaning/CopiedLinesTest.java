package org.sourcewise.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;

@Tier.Fast
class CopiedLinesTest {

    @Test
    void splitsOnEveryKindOfLineEnding() {
        assertThat(CopiedLines.split("one\r\ntwo\rthree\nfour")).containsExactly("one", "two", "three", "four");
    }

    @Test
    void turnsOddSpacesIntoOneOrdinarySpace() {
        assertThat(CopiedLines.split("Over a dozen\u00A0 Russian\u2009warships\t set out"))
                .containsExactly("Over a dozen Russian warships set out");
    }

    @Test
    void dropsListBulletsButKeepsTheSentence() {
        assertThat(CopiedLines.split("  \u2013 Dmitry Peskov said so.\n\u2022 Second point.\n- Third point."))
                .containsExactly("Dmitry Peskov said so.", "Second point.", "Third point.");
    }

    @Test
    void keepsADashThatIsPartOfTheText() {
        assertThat(CopiedLines.split("2019\u20132020 budget")).containsExactly("2019\u20132020 budget");
    }
}
