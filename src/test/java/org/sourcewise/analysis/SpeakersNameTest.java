package org.sourcewise.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;

@Tier.Fast
class SpeakersNameTest {

    @Test
    void aFamilyNameBelongsToTheFullName() {
        assertThat(Speakers.sameFamily("Dmitry Peskov", "Peskov")).isTrue();
    }

    @Test
    void spellingVariantsOfALongFamilyNameAreOnePerson() {
        assertThat(Speakers.sameFamily("Sergei Ryabkov", "Ryabukov")).isTrue();
        assertThat(Speakers.sameFamily("Volodymyr Zelensky", "Zelenskyy")).isTrue();
        assertThat(Speakers.sameFamily("Zelenskiy", "Zelenskyy")).isTrue();
    }

    @Test
    void shortOrDifferentNamesAreNotMerged() {
        assertThat(Speakers.sameFamily("Joe Biden", "Boden")).isFalse();
        assertThat(Speakers.sameFamily("Liz Truss", "Trudeau")).isFalse();
        assertThat(Speakers.sameFamily("Justin Trudeau", "Gravel")).isFalse();
    }
}
