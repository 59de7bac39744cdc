package org.sourcewise.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;

/** {@link SourceKinds} on recorded parses: unnamed where a reader cannot tell who spoke, else organisation or publication. */
@Tier.Fast
class SourceKindsTest {

    private static SourceKind kindOf(String text) {
        return Fixtures.extract(text, LocalDate.of(2021, 12, 8))
                .statements()
                .getFirst()
                .speaker()
                .kind();
    }

    @Test
    void officialsAreUnnamedEvenWithTheirCountryBeforeThem() {
        assertThat(kindOf("Saudi officials said the attack had been launched from the north."))
                .isEqualTo(SourceKind.ANONYMOUS);
    }

    @Test
    void aBodyTheArticleIdentifiesIsAnOrganisation() {
        assertThat(kindOf("The ministry said the talks would resume next week."))
                .isEqualTo(SourceKind.ORGANIZATION);
    }

    @Test
    void anIndefiniteSpokesmanIsUnnamed() {
        assertThat(kindOf("A spokesman said the company would appeal.")).isEqualTo(SourceKind.ANONYMOUS);
    }

    @Test
    void aNewspaperByItsNameIsAPublication() {
        assertThat(kindOf("The Washington Post reported that the deal had collapsed."))
                .isEqualTo(SourceKind.PUBLICATION);
    }
}
