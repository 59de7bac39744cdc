package org.sourcewise.questions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;

@Tier.Fast
class AliasesTest {

    @Test
    void spellingVariantsOfAFamilyNameAreOneSource() {
        assertThat(Aliases.maySame("Zelensky", "Volodymyr Zelenskyy")).isTrue();
        assertThat(Aliases.maySame("Ryabkov", "Ryabukov")).isTrue();
    }

    @Test
    void aFamilyNameIsThePersonItBelongsTo() {
        assertThat(Aliases.maySame("Peskov", "Dmitry Peskov")).isTrue();
    }

    @Test
    void aCapitalOrSeatOfGovernmentStandsForItsCountry() {
        assertThat(Aliases.maySame("Moscow", "Russia")).isTrue();
        assertThat(Aliases.maySame("the Kremlin", "Russia")).isTrue();
        assertThat(Aliases.maySame("Ottawa", "Canada")).isTrue();
    }

    @Test
    void aBodyOfACountryMaySpeakForIt() {
        assertThat(Aliases.maySame("Russia's foreign ministry", "Russia")).isTrue();
    }

    @Test
    void differentSourcesStayApart() {
        assertThat(Aliases.maySame("United States", "United Nations")).isFalse();
        assertThat(Aliases.maySame("Justin Trudeau", "Andrew Scheer")).isFalse();
        assertThat(Aliases.maySame("Russia", "Ukraine")).isFalse();
    }
}
